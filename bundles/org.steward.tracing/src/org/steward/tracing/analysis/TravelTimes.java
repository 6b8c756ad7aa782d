package org.steward.tracing.analysis;

import java.util.Arrays;
import java.util.PriorityQueue;

import org.steward.tracing.network.CrossSection;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.Link;
import org.steward.tracing.network.LinkKind;
import org.steward.tracing.network.SewerNetwork;

/**
 * Travel time of a dissolved pollutant along each link and between nodes. A conduit's velocity is Manning's at a
 * design fill ratio (default 0.5; a circular pipe runs as fast half full as full), from its roughness, its slope
 * (end elevations including offsets, over its length) and its cross-section. When the slope or roughness is not
 * positive, the section is missing or not a closed geometry, or the velocity is not finite, the conduit runs at the fallback
 * velocity (default 0.6 m/s, the usual self-cleansing design minimum for sanitary sewers). Pumps, orifices, weirs
 * and outlets have no length and take no time. Between nodes the time is that of the fastest path (Dijkstra), so
 * loops and diversions are handled: each node knows its time to every node downstream, computed on request.
 */
public final class TravelTimes {
    /** Fallback velocity in m/s. */
    public static final double DEFAULT_VELOCITY = 0.6;
    /** Default fill ratio y/D. */
    public static final double DEFAULT_FILL = 0.5;

    private final SewerNetwork network;
    private final double[] seconds;
    private final double[] velocity;
    private final boolean[] fallback;

    private TravelTimes(SewerNetwork network, double fill, double defaultVelocity) {
        this.network = network;
        int m = network.linkCount();
        seconds = new double[m];
        velocity = new double[m];
        fallback = new boolean[m];
        double perMetre = 1 / network.units().metresPerUnit();
        double k = network.units().manningConstant();
        for (int l = 0; l < m; l++) {
            Link link = network.link(l);
            if (link.kind() != LinkKind.CONDUIT) {
                continue;
            }
            double v = Double.NaN;
            if (link.section().isPresent()) {
                double slope = slope(network, l);
                CrossSection s = link.section().get();
                if (slope > 0 && s.geom1() > 0 && link.roughness() > 0) {
                    v = Manning.velocity(k, link.roughness(), Manning.hydraulicRadius(s, fill), slope);
                }
            }
            if (!(v > 0) || !Double.isFinite(v)) {
                v = defaultVelocity * perMetre;
                fallback[l] = true;
            }
            velocity[l] = v / perMetre;
            seconds[l] = link.length() / v;
        }
    }

    public static TravelTimes of(SewerNetwork network) {
        return new TravelTimes(network, DEFAULT_FILL, DEFAULT_VELOCITY);
    }

    /**
     * @param fill            depth ratio y/D for Manning's hydraulic radius, in (0, 1]
     * @param defaultVelocity fallback velocity, m/s
     */
    public static TravelTimes of(SewerNetwork network, double fill, double defaultVelocity) {
        if (!(fill > 0 && fill <= 1) || !(defaultVelocity > 0)) {
            throw new IllegalArgumentException("fill must be in (0, 1] and the default velocity positive");
        }
        return new TravelTimes(network, fill, defaultVelocity);
    }

    /** Slope of a conduit in its flow direction: (upstream end − downstream end elevation) / length. */
    static double slope(SewerNetwork network, int l) {
        Link link = network.link(l);
        double zFrom = InpReader.endElevation(network.node(network.from(l)).invert(),
                link.reversed() ? link.outOffset() : link.inOffset(), network.elevationOffsets());
        double zTo = InpReader.endElevation(network.node(network.to(l)).invert(),
                link.reversed() ? link.inOffset() : link.outOffset(), network.elevationOffsets());
        return (zFrom - zTo) / link.length();
    }

    public double linkSeconds(int link) {
        return seconds[link];
    }

    /** Velocity in m/s (0 for links that are not conduits). */
    public double linkVelocity(int link) {
        return velocity[link];
    }

    /** True if the conduit runs at the fallback velocity. */
    public boolean usesFallback(int link) {
        return fallback[link];
    }

    public int fallbackCount() {
        int c = 0;
        for (boolean b : fallback) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** Seconds from every node to {@code target} (infinite for nodes not upstream of it). */
    public double[] toNode(int target) {
        return dijkstra(target, true);
    }

    /** Seconds from {@code source} to every node (infinite for nodes not downstream of it). */
    public double[] fromNode(int source) {
        return dijkstra(source, false);
    }

    private double[] dijkstra(int start, boolean upstream) {
        double[] dist = new double[network.nodeCount()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[start] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, start});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int v = (int) top[1];
            if (top[0] > dist[v]) {
                continue;
            }
            for (int l : upstream ? network.inLinks(v) : network.outLinks(v)) {
                int w = upstream ? network.from(l) : network.to(l);
                double d = dist[v] + seconds[l];
                if (d < dist[w]) {
                    dist[w] = d;
                    queue.add(new double[] {d, w});
                }
            }
        }
        return dist;
    }
}
