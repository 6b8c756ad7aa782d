package org.steward.tracing.tests.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.NetworkGenerator;
import org.steward.tracing.analysis.Placement;
import org.steward.tracing.analysis.SensorPlacement;
import org.steward.tracing.analysis.SourceLocator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/**
 * Command-line benchmark of the tracing core (run by releng/benchmarks/tracing-benchmark.sh, outside OSGi).
 * <ol>
 * <li>Speed: on generated networks of 100, 1,000 and 10,000 nodes, times reading, travel times, one locate call and
 * a k = 5 placement, against a baseline measured in the same run: one plain breadth-first walk over the whole
 * graph. Prints each time, the growth ratio between sizes and the cost in baseline units.</li>
 * <li>Accuracy: on every network given as an argument (the shared SWMM examples) and a generated one with
 * loops, places k = 3 and k = 5 sensors, simulates a discharge at every node, and counts how often the true node
 * is the first (top-1) or among the first three (top-3) candidates, without and with exact arrival times.</li>
 * </ol>
 */
public final class TracingBenchmark {

    private TracingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintOut out = new PrintOut();
        out.line("Steward tracing benchmark — Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at start: " + loadAverage());
        speed(out);
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        accuracy(out, files);
    }

    /** Prints to the console: this is a command line's own output. */
    private static final class PrintOut {
        void line(String s) {
            System.out.println(s);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- speed

    private static void speed(PrintOut out) throws Exception {
        int[] sizes = {100, 1_000, 10_000};
        String[] names = {"read .inp", "travel times", "locate, 10 sensors", "placement k=5", "baseline BFS"};
        double[][] t = new double[sizes.length][names.length];
        double[] meanDownstream = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            String text = NetworkGenerator.generate(n, 42, 0.0);
            SewerNetwork net = InpReader.parse("gen" + n + ".inp", text, DirectionPolicy.DECLARED);
            if (net.hasErrors() || !net.issues().isEmpty()) {
                throw new IllegalStateException("generated network has issues: " + net.issues());
            }
            int outfall = net.indexOf("O0").getAsInt();
            long sum = 0;
            for (int v = 0; v < n; v++) {
                sum += net.downstreamOf(v).cardinality();
            }
            meanDownstream[s] = (double) sum / n;
            t[s][4] = time(() -> bfs(net, outfall));
            t[s][0] = time(() -> {
                try {
                    return InpReader.parse("x.inp", text, DirectionPolicy.DECLARED);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t[s][1] = time(() -> TravelTimes.of(net));
            TravelTimes tt = TravelTimes.of(net);
            // sensors where greedy placement puts 10 of them; discharges at nodes spread over the network
            List<Integer> sensors = SensorPlacement.place(net, List.of(), 10, () -> false).steps().stream()
                    .map(st -> net.indexOf(st.node()).getAsInt()).toList();
            List<int[]> injections = new ArrayList<>();
            for (int v = 0; v < n && injections.size() < 50; v += Math.max(1, n / 50)) {
                if (!firedBy(net, v, sensors).isEmpty()) {
                    injections.add(new int[] {v});
                }
            }
            int[] next = {0};
            t[s][2] = time(() -> {
                int v = injections.get(next[0]++ % injections.size())[0];
                Set<Integer> fired = firedBy(net, v, sensors);
                if (fired.isEmpty()) {
                    fired = Set.of(sensors.get(0)); // undetected: still time a call (inconsistent pattern path)
                }
                return SourceLocator.locate(net, tt, sensors, fired, Map.of(), SourceLocator.DEFAULT_SIGMA);
            });
            t[s][3] = time(() -> SensorPlacement.place(net, List.of(), 5, () -> false));
        }
        out.line("");
        out.line("Speed (median thread CPU time of repeated runs, milliseconds; generated trees, seed 42)");
        out.line(String.format(Locale.ROOT, "%-22s %12s %12s %12s %10s %10s %14s", "operation", "N=100", "N=1,000", "N=10,000",
                "x(1k/100)", "x(10k/1k)", "10k in BFSs"));
        for (int k = 0; k < names.length; k++) {
            out.line(String.format(Locale.ROOT, "%-22s %12.4f %12.4f %12.4f %10.1f %10.1f %14.1f", names[k], t[0][k], t[1][k], t[2][k],
                    t[1][k] / t[0][k], t[2][k] / t[1][k], t[2][k] / t[2][4]));
        }
        out.line(String.format(Locale.ROOT, "%-22s %12.1f %12.1f %12.1f %10.1f %10.1f", "mean |downstream(v)|",
                meanDownstream[0], meanDownstream[1], meanDownstream[2], meanDownstream[1] / meanDownstream[0],
                meanDownstream[2] / meanDownstream[1]));
        out.line("(placement costs O(k·N·mean|downstream|): its growth ratio should be about 10 × the last line's ratio)");
    }

    /**
     * Median CPU time of this thread in ms of a call repeated for about 1 s of CPU (at least 5 times) after a 0.5 s
     * warm-up. CPU time rather than wall time, because the machine is shared: other processes' load stretches wall
     * time but not the CPU time this thread gets.
     */
    private static double time(Supplier<Object> work) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long warmEnd = mx.getCurrentThreadCpuTime() + 500_000_000L;
        Object sink = null;
        while (mx.getCurrentThreadCpuTime() < warmEnd) {
            sink = work.get();
        }
        List<Long> samples = new ArrayList<>();
        long end = mx.getCurrentThreadCpuTime() + 1_000_000_000L;
        while (mx.getCurrentThreadCpuTime() < end || samples.size() < 5) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink = work.get();
            samples.add(mx.getCurrentThreadCpuTime() - t0);
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        long[] a = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return a[a.length / 2] / 1e6;
    }

    /** The baseline: one plain breadth-first walk upstream from the outfall over the whole graph. */
    private static Object bfs(SewerNetwork net, int start) {
        boolean[] seen = new boolean[net.nodeCount()];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(start);
        seen[start] = true;
        int count = 0;
        while (!q.isEmpty()) {
            int v = q.poll();
            count++;
            for (int l : net.inLinks(v)) {
                int w = net.from(l);
                if (!seen[w]) {
                    seen[w] = true;
                    q.add(w);
                }
            }
        }
        return count;
    }

    private static Set<Integer> firedBy(SewerNetwork net, int source, List<Integer> sensors) {
        BitSet down = net.downstreamOf(source);
        Set<Integer> fired = new HashSet<>();
        for (int s : sensors) {
            if (down.get(s)) {
                fired.add(s);
            }
        }
        return fired;
    }

    // ---------------------------------------------------------------- accuracy

    private static void accuracy(PrintOut out, List<Path> files) throws Exception {
        out.line("");
        out.line("Accuracy: a single discharge simulated at every node; sensors from greedy placement; locate without"
                + " and with exact arrival times");
        out.line(String.format(Locale.ROOT, "%-26s %5s %2s %-44s %8s %9s %7s %7s %7s %7s", "network", "N", "k", "sensors",
                "detected", "mean|C|", "top1", "top3", "top1 t", "top3 t"));
        List<SewerNetwork> nets = new ArrayList<>();
        for (Path f : files) {
            nets.add(InpReader.read(f, DirectionPolicy.DECLARED));
        }
        nets.add(InpReader.parse("generated-1000-loops.inp", NetworkGenerator.generate(1000, 5, 0.05), DirectionPolicy.DECLARED));
        for (SewerNetwork net : nets) {
            if (net.hasErrors()) {
                out.line(net.fileName() + ": has errors, skipped: " + net.errors().get(0));
                continue;
            }
            TravelTimes tt = TravelTimes.of(net);
            for (int k : new int[] {3, 5}) {
                Placement p = SensorPlacement.place(net, List.of(), k, () -> false);
                List<Integer> sensors = p.steps().stream().map(st -> net.indexOf(st.node()).getAsInt()).toList();
                Map<Integer, double[]> toSensor = new HashMap<>();
                for (int s : sensors) {
                    toSensor.put(s, tt.toNode(s));
                }
                int detected = 0;
                int top1 = 0;
                int top3 = 0;
                int top1t = 0;
                int top3t = 0;
                long candidates = 0;
                for (int v = 0; v < net.nodeCount(); v++) {
                    Set<Integer> fired = firedBy(net, v, sensors);
                    if (fired.isEmpty()) {
                        continue;
                    }
                    detected++;
                    Location plain = SourceLocator.locate(net, tt, sensors, fired, Map.of(), SourceLocator.DEFAULT_SIGMA);
                    candidates += plain.candidates().size();
                    int r = rank(plain, net.node(v).id());
                    top1 += r == 0 ? 1 : 0;
                    top3 += r >= 0 && r < 3 ? 1 : 0;
                    Map<Integer, Double> times = new HashMap<>();
                    for (int s : fired) {
                        times.put(s, 1000 + toSensor.get(s)[v]);
                    }
                    Location timed = SourceLocator.locate(net, tt, sensors, fired, times, SourceLocator.DEFAULT_SIGMA);
                    int rt = rank(timed, net.node(v).id());
                    top1t += rt == 0 ? 1 : 0;
                    top3t += rt >= 0 && rt < 3 ? 1 : 0;
                }
                String names = String.join(",", p.steps().stream().map(Placement.Step::node).toList());
                out.line(String.format(Locale.ROOT, "%-26s %5d %2d %-44s %7.1f%% %9.2f %6.1f%% %6.1f%% %6.1f%% %6.1f%%",
                        net.fileName(), net.nodeCount(), k, names.length() > 44 ? names.substring(0, 41) + "..." : names,
                        100.0 * detected / net.nodeCount(), detected == 0 ? 0 : (double) candidates / detected,
                        pct(top1, detected), pct(top3, detected), pct(top1t, detected), pct(top3t, detected)));
            }
        }
        out.line("(top-k rates are over detected discharges; 'mean|C|' is the mean candidate-set size; 't' = with arrival times)");
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static int rank(Location loc, String node) {
        List<Candidate> c = loc.candidates();
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).node().equals(node)) {
                return i;
            }
        }
        return -1;
    }
}
