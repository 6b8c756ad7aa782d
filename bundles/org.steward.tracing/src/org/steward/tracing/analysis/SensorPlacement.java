package org.steward.tracing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.steward.tracing.network.SewerNetwork;

/**
 * Greedy sensor placement that minimises the expected size of the candidate set of {@link SourceLocator}.
 * <p>
 * A single discharge is simulated at every node v (uniform prior). Its signature is the set of sensors
 * downstream of v (those that fire); the candidate set for v is every node with the same signature. So the
 * expected candidate-set size is E = Σ_classes n_c² / N over the classes of equal signature.
 * <p>
 * Signatures are not stored as bitsets but as class ids refined one sensor at a time (partition refinement):
 * adding sensor s splits each class c into its nodes upstream of s (a_c of them) and the rest, changing
 * Σ n_c² by Σ_c 2·a_c·(a_c − n_c). Evaluating a candidate s therefore costs one upstream walk, O(|U(s)|), and a
 * greedy step costs Σ_s |U(s)| = Σ_v |downstream(v)| = O(N·d) for mean depth d (O(N²) only for a single chain);
 * k steps cost O(k·N·d) time and O(N) memory. Ties go to the node declared first in the file.
 */
public final class SensorPlacement {

    private SensorPlacement() {
    }

    /**
     * @param existing node indexes of sensors already installed
     * @param k        sensors to add
     * @param canceled polled between candidates; return true to stop
     */
    public static Placement place(SewerNetwork net, List<Integer> existing, int k, BooleanSupplier canceled) {
        int n = net.nodeCount();
        int[] cls = new int[n];
        int[] size = new int[n + 1];
        size[0] = n;
        int classes = 1;
        boolean[] chosen = new boolean[n];
        int[] queue = new int[n];
        int[] stamp = new int[n];
        int[] count = new int[n + 1];
        int[] touched = new int[n + 1];
        int[] newId = new int[n + 1];
        int round = 0;
        for (int s : existing) {
            if (!chosen[s]) {
                chosen[s] = true;
                classes = split(net, s, cls, size, classes, queue, stamp, ++round, count, touched, newId);
            }
        }
        double before = expected(size, classes, n);
        List<Placement.Step> steps = new ArrayList<>();
        long sumSquares = sumSquares(size, classes);
        for (int step = 0; step < k; step++) {
            long bestDelta = 0;
            int best = -1;
            for (int s = 0; s < n; s++) {
                if (chosen[s]) {
                    continue;
                }
                if ((s & 255) == 0 && canceled.getAsBoolean()) {
                    return new Placement(before, steps, expected(size, classes, n));
                }
                int reached = upstream(net, s, queue, stamp, ++round);
                int nt = 0;
                for (int i = 0; i < reached; i++) {
                    int c = cls[queue[i]];
                    if (count[c]++ == 0) {
                        touched[nt++] = c;
                    }
                }
                long delta = 0;
                for (int i = 0; i < nt; i++) {
                    int c = touched[i];
                    long a = count[c];
                    delta += 2 * a * (a - size[c]);
                    count[c] = 0;
                }
                if (best < 0 || delta < bestDelta) {
                    bestDelta = delta;
                    best = s;
                }
            }
            if (best < 0 || bestDelta == 0) {
                break; // every class is already as fine as sensors can make it
            }
            chosen[best] = true;
            classes = split(net, best, cls, size, classes, queue, stamp, ++round, count, touched, newId);
            sumSquares += bestDelta;
            steps.add(new Placement.Step(net.node(best).id(), (double) sumSquares / n));
        }
        return new Placement(before, steps, expected(size, classes, n));
    }

    /** Expected candidate-set size E = Σ n_c² / N for a given set of sensor node indexes. */
    public static double expectedCandidates(SewerNetwork net, List<Integer> sensors) {
        Placement p = place(net, sensors, 0, () -> false);
        return p.before();
    }

    private static int split(SewerNetwork net, int s, int[] cls, int[] size, int classes, int[] queue, int[] stamp,
                             int round, int[] count, int[] touched, int[] newId) {
        int reached = upstream(net, s, queue, stamp, round);
        int nt = 0;
        for (int i = 0; i < reached; i++) {
            int c = cls[queue[i]];
            if (count[c]++ == 0) {
                touched[nt++] = c;
            }
        }
        for (int i = 0; i < nt; i++) {
            int c = touched[i];
            newId[c] = count[c] < size[c] ? classes++ : c;
        }
        for (int i = 0; i < reached; i++) {
            int v = queue[i];
            int c = cls[v];
            if (newId[c] != c) {
                size[c]--;
                size[newId[c]]++;
                cls[v] = newId[c];
            }
        }
        for (int i = 0; i < nt; i++) {
            count[touched[i]] = 0;
        }
        return classes;
    }

    /** Breadth-first walk upstream from s; fills queue[0..r) with the nodes reached and returns r. */
    private static int upstream(SewerNetwork net, int s, int[] queue, int[] stamp, int round) {
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        stamp[s] = round;
        while (head < tail) {
            int v = queue[head++];
            for (int l : net.inLinks(v)) {
                int w = net.from(l);
                if (stamp[w] != round) {
                    stamp[w] = round;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    private static long sumSquares(int[] size, int classes) {
        long sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += (long) size[c] * size[c];
        }
        return sum;
    }

    private static double expected(int[] size, int classes, int n) {
        return n == 0 ? 0 : (double) sumSquares(size, classes) / n;
    }

}
