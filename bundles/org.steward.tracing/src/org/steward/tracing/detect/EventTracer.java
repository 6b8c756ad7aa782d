package org.steward.tracing.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.SourceLocator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.SewerNetwork;

/**
 * Ranks candidate sources of a discharge event while it unfolds: call {@link #rank(DischargeEvent, Instant)} on
 * every {@link EventUpdate} (and when time passes) and the ranking narrows as more sensors report.
 * <p>
 * Fired sensors and their onset times go to {@link SourceLocator} (candidates upstream of every fired sensor,
 * prior by distance, arrival-time likelihood). A sensor that has not fired is not simply "silent": the plume may
 * not have reached it yet. It counts against a candidate c only once it is overdue for c: now &gt; r(c) +
 * τ(c → sensor) + grace, where r(c) is c's release time estimated from the fired sensors' onsets (their mean of
 * onset − τ). Each overdue quiet sensor multiplies c's score by {@link #QUIET_FACTOR} rather than ruling c out: a
 * plume diluted below a downstream sensor's threshold is common (the accumulated flow grows downstream), so the
 * true source must stay in the list, below the candidates that fit every sensor. The result is marked inconsistent
 * when every candidate has an overdue quiet sensor (as {@link SourceLocator} does when no node fits).
 */
public final class EventTracer {
    /** Default grace: detection delay and timing error allowed before a quiet sensor counts as silent. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);
    /** Score factor per quiet sensor that is overdue for a candidate. */
    public static final double QUIET_FACTOR = 0.05;

    private final SewerNetwork net;
    private final TravelTimes travel;
    private final Map<String, Integer> sensorNode = new LinkedHashMap<>();
    private final double sigma;
    private final double graceSeconds;
    private final Map<Integer, double[]> toNode = new HashMap<>();

    /**
     * @param sensorNodes every sensor of the park: sensor id → node id
     * @param sigma       σ of arrival-time errors, seconds (see {@link SourceLocator#DEFAULT_SIGMA})
     * @param grace       how long after its predicted arrival a quiet sensor is still given
     */
    public EventTracer(SewerNetwork net, TravelTimes travel, Map<String, String> sensorNodes, double sigma,
                       Duration grace) {
        this.net = Objects.requireNonNull(net, "net");
        this.travel = Objects.requireNonNull(travel, "travel");
        if (!(sigma > 0) || grace.isNegative()) {
            throw new IllegalArgumentException("sigma must be positive and grace not negative");
        }
        this.sigma = sigma;
        this.graceSeconds = grace.toMillis() / 1000.0;
        sensorNodes.forEach((id, node) -> {
            var i = net.indexOf(node);
            if (i.isEmpty()) {
                throw new IllegalArgumentException("sensor " + id + ": node " + node + " is not in network " + net.fileName());
            }
            sensorNode.put(id, i.getAsInt());
        });
    }

    public EventTracer(SewerNetwork net, TravelTimes travel, Map<String, String> sensorNodes) {
        this(net, travel, sensorNodes, SourceLocator.DEFAULT_SIGMA, DEFAULT_GRACE);
    }

    /** The sensors of a sidecar. */
    public static EventTracer of(SewerNetwork net, Attachments attachments) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            m.put(a.id(), a.node());
        }
        return new EventTracer(net, TravelTimes.of(net), m);
    }

    /** Sensor ids in the order given. */
    public Set<String> sensors() {
        return sensorNode.keySet();
    }

    /** The sensors of the park that have not fired in this event. */
    public List<String> quiet(DischargeEvent event) {
        return sensorNode.keySet().stream().filter(s -> !event.sensors().containsKey(s)).toList();
    }

    /** Candidates for an event as it stands at {@code now}. */
    public Location rank(DischargeEvent event, Instant now) {
        Map<String, Instant> fired = new LinkedHashMap<>();
        event.sensors().forEach((id, a) -> fired.put(id, a.firstAbnormal()));
        return rank(fired, now);
    }

    /**
     * Candidates from the fired sensors' onset times; every other sensor of the park is quiet.
     *
     * @param fired sensor id → first abnormal time; sensors unknown to this tracer are an error
     */
    public Location rank(Map<String, Instant> fired, Instant now) {
        return rank(fired, now, Set.of());
    }

    /**
     * Candidates for an event while other events are open: their sensors ({@code busy}) are abnormal with another
     * plume, so they cannot report this one and do not count as quiet.
     *
     * @since 1.1
     */
    public Location rank(DischargeEvent event, Instant now, Set<String> busy) {
        Map<String, Instant> fired = new LinkedHashMap<>();
        event.sensors().forEach((id, a) -> fired.put(id, a.firstAbnormal()));
        return rank(fired, now, busy);
    }

    /**
     * As {@link #rank(Map, Instant)}, with sensors that do not count as quiet (busy with another open event).
     *
     * @since 1.1
     */
    public Location rank(Map<String, Instant> fired, Instant now, Set<String> busy) {
        if (fired.isEmpty()) {
            return new Location(List.of(), true, "upstream-distance", 0);
        }
        Instant origin = fired.values().stream().min(Instant::compareTo).orElseThrow();
        Map<Integer, Double> times = new LinkedHashMap<>();
        for (var e : fired.entrySet()) {
            Integer node = sensorNode.get(e.getKey());
            if (node == null) {
                throw new IllegalArgumentException("fired sensor " + e.getKey() + " is not one of " + sensorNode.keySet());
            }
            double t = seconds(origin, e.getValue());
            times.merge(node, t, Math::min);
        }
        Set<Integer> firedNodes = times.keySet();
        Set<Integer> quietNodes = new LinkedHashSet<>();
        sensorNode.forEach((id, node) -> {
            if (!fired.containsKey(id) && !busy.contains(id) && !firedNodes.contains(node)) {
                quietNodes.add(node);
            }
        });
        Location loc = SourceLocator.locate(net, travel, List.copyOf(firedNodes), Set.copyOf(firedNodes), times, sigma);
        double nowSeconds = seconds(origin, now);
        List<Candidate> weighted = new ArrayList<>();
        boolean anyFits = false;
        for (Candidate c : loc.candidates()) {
            int ci = net.indexOf(c.node()).getAsInt();
            double release = 0;
            for (var e : times.entrySet()) {
                release += e.getValue() - c.travelSeconds().get(net.node(e.getKey()).id());
            }
            release /= times.size();
            double factor = 1;
            for (int q : quietNodes) {
                double tau = toNode.computeIfAbsent(q, travel::toNode)[ci];
                if (Double.isFinite(tau) && nowSeconds > release + tau + graceSeconds) {
                    factor *= QUIET_FACTOR;
                }
            }
            anyFits |= factor == 1;
            weighted.add(new Candidate(c.node(), c.score() * factor, c.hops(), c.travelSeconds(), c.residual()));
        }
        boolean consistent = loc.consistent() && (anyFits || weighted.isEmpty());
        double total = weighted.stream().mapToDouble(Candidate::score).sum();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : weighted) {
            double score = total > 0 ? c.score() / total : 1.0 / weighted.size();
            out.add(new Candidate(c.node(), score, c.hops(), c.travelSeconds(), c.residual()));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < loc.candidates().size(); i++) {
            order.put(loc.candidates().get(i).node(), i);
        }
        out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> order.get(c.node())));
        return new Location(out, consistent, loc.method(), out.isEmpty() ? 0 : out.get(0).score());
    }

    private static double seconds(Instant origin, Instant t) {
        return Duration.between(origin, t).toNanos() / 1e9;
    }
}
