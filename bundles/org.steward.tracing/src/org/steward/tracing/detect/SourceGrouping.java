package org.steward.tracing.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.SewerNetwork;

/**
 * Decides which open event a newly firing sensor belongs to, so that discharges that overlap in time but cannot come
 * from one source become separate events (given to {@link DischargeDetector#DischargeDetector(String,
 * DetectorSettings, SourceGrouping)}).
 * <p>
 * Each open event keeps its <em>source set</em>: the nodes that could explain every sensor it holds — upstream of
 * each of them, and with a consistent release time: for node c and sensor s with onset t(s), the release estimate
 * is r = t(s) − τ(c → s); c stays in the set while the estimates of all the event's sensors lie within
 * {@code tolerance} of each other (more exactly: a new estimate is at most {@code tolerance} outside the interval of
 * the earlier ones). A sensor that fires joins the open event whose source set it keeps non-empty; if several
 * qualify, the one it fits best (smallest release-time deviation over the remaining nodes; ties: the event opened
 * first); if none, it opens a new event. A sensor that fires again after having been normal for longer than the
 * tolerance (a new plume) is assigned afresh. Sensors unknown to the grouping join the event opened first (the old
 * rule of one event per park).
 * <p>
 * Not thread-safe; one per detector.
 */
public final class SourceGrouping {
    /** Default release-time tolerance: onset errors and travel-time model error allowed within one discharge. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(10);

    private final SewerNetwork net;
    private final TravelTimes travel;
    private final Map<String, Integer> sensorNode = new LinkedHashMap<>();
    private final double toleranceSeconds;
    private final Map<Integer, double[]> toNode = new HashMap<>();
    private final Map<Integer, BitSet> upstream = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();

    /** Source set of one open event: candidate nodes and, per node, the interval of release estimates (epoch s). */
    private static final class Group {
        final BitSet nodes;
        final double[] rMin;
        final double[] rMax;

        Group(BitSet nodes, double[] rMin, double[] rMax) {
            this.nodes = nodes;
            this.rMin = rMin;
            this.rMax = rMax;
        }
    }

    /**
     * @param sensorNodes sensor id → node id, every sensor of the park
     * @param tolerance   how far release-time estimates of one discharge may disagree
     */
    public SourceGrouping(SewerNetwork net, TravelTimes travel, Map<String, String> sensorNodes, Duration tolerance) {
        this.net = Objects.requireNonNull(net, "net");
        this.travel = Objects.requireNonNull(travel, "travel");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        this.toleranceSeconds = tolerance.toMillis() / 1000.0;
        sensorNodes.forEach((id, node) -> {
            var i = net.indexOf(node);
            if (i.isEmpty()) {
                throw new IllegalArgumentException("sensor " + id + ": node " + node + " is not in network " + net.fileName());
            }
            sensorNode.put(id, i.getAsInt());
        });
    }

    public SourceGrouping(SewerNetwork net, TravelTimes travel, Map<String, String> sensorNodes) {
        this(net, travel, sensorNodes, DEFAULT_TOLERANCE);
    }

    /** The sensors of a sidecar. */
    public static SourceGrouping of(SewerNetwork net, Attachments attachments) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            m.put(a.id(), a.node());
        }
        return new SourceGrouping(net, TravelTimes.of(net), m);
    }

    public Duration tolerance() {
        return Duration.ofMillis(Math.round(toleranceSeconds * 1000));
    }

    /** Whether the sensor is known (has a node). */
    public boolean knows(String sensor) {
        return sensorNode.containsKey(sensor);
    }

    /**
     * The open event (of {@code open}, in opening order) a sensor firing with this onset joins, or empty: it opens a
     * new one. An unknown sensor joins the first open event.
     */
    public Optional<String> choose(String sensor, Instant onset, List<String> open) {
        Integer s = sensorNode.get(sensor);
        if (s == null) {
            return open.stream().findFirst();
        }
        double t = epochSeconds(onset);
        BitSet up = upstream(s);
        double[] tau = toNode(s);
        String best = null;
        double bestFit = Double.POSITIVE_INFINITY;
        for (String id : open) {
            Group g = groups.get(id);
            if (g == null) { // an event opened by an unknown sensor: no source set, anything fits
                if (bestFit > 0) {
                    best = id;
                    bestFit = 0;
                }
                continue;
            }
            double fit = Double.POSITIVE_INFINITY;
            BitSet both = (BitSet) g.nodes.clone();
            both.and(up);
            for (int c = both.nextSetBit(0); c >= 0; c = both.nextSetBit(c + 1)) {
                double r = t - tau[c];
                double d = Math.max(0, Math.max(g.rMin[c] - r, r - g.rMax[c]));
                fit = Math.min(fit, d);
            }
            if (fit <= toleranceSeconds && fit < bestFit) {
                best = id;
                bestFit = fit;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Records that a sensor fired with this onset in event {@code id} (opening its source set if new). */
    public void join(String id, String sensor, Instant onset) {
        Integer s = sensorNode.get(sensor);
        if (s == null) {
            return;
        }
        double t = epochSeconds(onset);
        BitSet up = upstream(s);
        double[] tau = toNode(s);
        Group g = groups.get(id);
        if (g == null) {
            int n = net.nodeCount();
            double[] rMin = new double[n];
            double[] rMax = new double[n];
            BitSet nodes = (BitSet) up.clone();
            for (int c = nodes.nextSetBit(0); c >= 0; c = nodes.nextSetBit(c + 1)) {
                rMin[c] = t - tau[c];
                rMax[c] = rMin[c];
            }
            groups.put(id, new Group(nodes, rMin, rMax));
            return;
        }
        BitSet kept = new BitSet();
        for (int c = g.nodes.nextSetBit(0); c >= 0; c = g.nodes.nextSetBit(c + 1)) {
            if (!up.get(c)) {
                continue;
            }
            double r = t - tau[c];
            double d = Math.max(0, Math.max(g.rMin[c] - r, r - g.rMax[c]));
            if (d <= toleranceSeconds) {
                kept.set(c);
                g.rMin[c] = Math.min(g.rMin[c], r);
                g.rMax[c] = Math.max(g.rMax[c], r);
            }
        }
        if (!kept.isEmpty()) { // a sensor that fits no node (not chosen by choose()) leaves the set as it was
            g.nodes.clear();
            g.nodes.or(kept);
        }
    }

    /** Forgets a closed event. */
    public void close(String id) {
        groups.remove(id);
    }

    /** The nodes that can still explain an open event (empty for unknown events), in file order. */
    public List<String> sources(String id) {
        Group g = groups.get(id);
        if (g == null) {
            return List.of();
        }
        return g.nodes.stream().mapToObj(i -> net.node(i).id()).toList();
    }

    private BitSet upstream(int s) {
        return upstream.computeIfAbsent(s, net::upstreamOf);
    }

    private double[] toNode(int s) {
        return toNode.computeIfAbsent(s, travel::toNode);
    }

    private static double epochSeconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
