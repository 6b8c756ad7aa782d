package org.steward.tracing.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.tracing.network.SewerNetwork;

/**
 * Finds the nodes where a discharge may have entered, from which sensors fired.
 * <p>
 * Candidates are the nodes upstream of every fired sensor and upstream of no sensor that stayed silent (a
 * discharge passes every sensor downstream of it, and detection is assumed reliable). If no node fits, the silent
 * sensors are ignored and the result is marked inconsistent: the simple dilution rule.
 * <p>
 * Score: a prior 1/(1 + h), h = links from the candidate down to the most upstream fired sensor (nearer sources
 * preferred; equal distances tie), times, when two or more fired sensors have arrival times, the likelihood
 * exp(−r²/2σ²) where r is the RMS misfit between observed arrival times and the candidate's travel times after
 * removing the unknown release time (their mean difference). Scores are normalised to sum to 1.
 * <p>
 * Cost: one upstream walk per sensor (O(S·(N+M)) with bitsets of N bits) plus one Dijkstra per timed sensor.
 */
public final class SourceLocator {
    /** Default σ of the arrival-time misfit, seconds. */
    public static final double DEFAULT_SIGMA = 120;

    private SourceLocator() {
    }

    /**
     * @param sensors node indexes of all sensors
     * @param fired   node indexes of the sensors that detected the discharge, a non-empty subset of {@code sensors}
     * @param times   arrival times (seconds, any common origin) for some fired sensors
     * @param sigma   σ of the arrival-time misfit in seconds
     */
    public static Location locate(SewerNetwork net, TravelTimes travel, List<Integer> sensors, Set<Integer> fired,
                                  Map<Integer, Double> times, double sigma) {
        if (fired.isEmpty() || !sensors.containsAll(fired)) {
            throw new IllegalArgumentException("fired sensors must be a non-empty subset of the sensors");
        }
        BitSet all = new BitSet();
        all.set(0, net.nodeCount());
        BitSet fits = (BitSet) all.clone();
        BitSet silentUp = new BitSet();
        int mostUpstream = -1;
        int smallest = Integer.MAX_VALUE;
        for (int s : sensors) {
            BitSet up = net.upstreamOf(s);
            if (fired.contains(s)) {
                fits.and(up);
                int size = up.cardinality();
                if (size < smallest || size == smallest && s < mostUpstream) {
                    smallest = size;
                    mostUpstream = s;
                }
            } else {
                silentUp.or(up);
            }
        }
        BitSet strict = (BitSet) fits.clone();
        strict.andNot(silentUp);
        boolean consistent = !strict.isEmpty();
        BitSet chosen = consistent ? strict : fits;

        int[] hops = hopsUpstream(net, mostUpstream);
        List<Integer> timed = fired.stream().filter(times::containsKey).sorted().toList();
        boolean useTimes = timed.size() >= 2;
        List<Integer> firedSorted = fired.stream().sorted().toList();
        Map<Integer, double[]> toSensor = new LinkedHashMap<>();
        for (int f : firedSorted) {
            toSensor.put(f, travel.toNode(f));
        }

        List<Integer> nodes = new ArrayList<>();
        List<double[]> raw = new ArrayList<>(); // {prior, likelihood, residual}
        for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
            double prior = 1.0 / (1 + hops[c]);
            double residual = 0;
            double likelihood = 1;
            if (useTimes) {
                double[] d = new double[timed.size()];
                double mean = 0;
                for (int i = 0; i < d.length; i++) {
                    d[i] = times.get(timed.get(i)) - toSensor.get(timed.get(i))[c];
                    mean += d[i];
                }
                mean /= d.length;
                double sq = 0;
                for (double x : d) {
                    sq += (x - mean) * (x - mean);
                }
                residual = Math.sqrt(sq / d.length);
                likelihood = Math.exp(-residual * residual / (2 * sigma * sigma));
            }
            nodes.add(c);
            raw.add(new double[] {prior, likelihood, residual});
        }
        double total = 0;
        for (double[] r : raw) {
            total += r[0] * r[1];
        }
        boolean underflow = total <= 0;
        if (underflow) { // every candidate misfits by many σ: rank by 1/(1 + r/σ) instead
            total = 0;
            for (double[] r : raw) {
                r[1] = 1 / (1 + r[2] / sigma);
                total += r[0] * r[1];
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            int c = nodes.get(i);
            Map<String, Double> tt = new LinkedHashMap<>();
            for (int f : firedSorted) {
                tt.put(net.node(f).id(), toSensor.get(f)[c]);
            }
            double[] r = raw.get(i);
            out.add(new Candidate(net.node(c).id(), total > 0 ? r[0] * r[1] / total : 0, hops[c], tt, r[2]));
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int c : nodes) {
            order.put(net.node(c).id(), c);
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::hops)
                .thenComparingInt(cd -> order.get(cd.node())));
        return new Location(out, consistent, useTimes ? "arrival-times" : "upstream-distance",
                out.isEmpty() ? 0 : out.get(0).score());
    }

    /** Links from every node down to {@code target} along the shortest path; -1 when not upstream. */
    static int[] hopsUpstream(SewerNetwork net, int target) {
        int[] hops = new int[net.nodeCount()];
        Arrays.fill(hops, -1);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        hops[target] = 0;
        q.add(target);
        while (!q.isEmpty()) {
            int v = q.poll();
            for (int l : net.inLinks(v)) {
                int w = net.from(l);
                if (hops[w] < 0) {
                    hops[w] = hops[v] + 1;
                    q.add(w);
                }
            }
        }
        return hops;
    }
}
