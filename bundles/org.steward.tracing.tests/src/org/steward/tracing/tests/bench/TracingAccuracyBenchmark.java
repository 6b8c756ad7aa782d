package org.steward.tracing.tests.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.NetworkGenerator;
import org.steward.tracing.analysis.Placement;
import org.steward.tracing.analysis.SensorPlacement;
import org.steward.tracing.analysis.SourceLocator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.detect.SourceGrouping;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;
import org.steward.tracing.sim.SensorSpec;

/**
 * End-to-end accuracy of tracing: simulated readings ({@link DischargeSimulator}) with one discharge at a time,
 * the detector ({@link DischargeDetector}, default settings) and the incremental tracer ({@link EventTracer}) —
 * no knowledge of the truth between them. Compared, in the same run, with the ideal of the tracing benchmark:
 * the fired set known exactly (every sensor downstream) with exact arrival times.
 * <p>
 * Per network and k ∈ {3, 5}: sensors from greedy placement, each measuring cod and conductivity; a discharge at
 * every node (at most {@value #MAX_INJECTIONS}, drawn at random beyond that) in turn, one every
 * {@value #SPACING_HOURS} h after {@value #LEARNING_DAYS} clean days, lasting 30 min and raising cod by
 * {@value #COD} mg/L and conductivity by {@value #CONDUCTIVITY} µS/cm where it enters (high-strength industrial
 * wastewater), diluted downstream by the accumulated flow. A discharge is detected when an event starts between
 * 10 min before it and {@value #MATCH_HOURS} h after; it is ranked when the event opens (one sensor) and when it
 * closes (all sensors, quiet ones overdue).
 */
public final class TracingAccuracyBenchmark {
    static final int MAX_INJECTIONS = 150;
    static final int SPACING_HOURS = 8;
    static final int MATCH_HOURS = 6;
    static final int LEARNING_DAYS = 2;
    static final double COD = 2000;
    static final double CONDUCTIVITY = 5000;
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);

    private TracingAccuracyBenchmark() {
    }

    /** The .inp files named (each once) and the generated 1,000-node network with loops: what both benchmarks run on. */
    static List<SewerNetwork> networks(String[] args) throws Exception {
        List<SewerNetwork> nets = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (String a : args) {
            SewerNetwork n = InpReader.read(Path.of(a), DirectionPolicy.DECLARED);
            if (names.add(n.fileName())) {
                nets.add(n);
            }
        }
        nets.add(InpReader.parse("generated-1000-loops.inp", NetworkGenerator.generate(1000, 5, 0.05), DirectionPolicy.DECLARED));
        return nets;
    }

    public static void main(String[] args) throws Exception {
        List<SewerNetwork> nets = networks(args);
        PrintOut out = new PrintOut();
        out.line("Steward end-to-end tracing accuracy — simulator → detector (defaults) → incremental tracer; Java "
                + System.getProperty("java.version"));
        out.line("discharges: 30 min, cod +" + (int) COD + " mg/L and conductivity +" + (int) CONDUCTIVITY
                + " µS/cm at the node, one every " + SPACING_HOURS + " h after " + LEARNING_DAYS
                + " learning days; readings every minute; sensors from greedy placement measure cod;conductivity");
        out.line(String.format(Locale.ROOT, "%-24s %5s %2s %4s %-40s %8s %8s %7s %7s %7s %7s %7s %7s %7s %6s",
                "network", "N", "k", "inj", "sensors", "ideal", "detected", "idl t1", "idl t3", "open t3", "top1",
                "top3", "top3/all", "false/d", "σt s"));
        for (SewerNetwork net : nets) {
            if (net.hasErrors()) {
                out.line(net.fileName() + ": has errors, skipped: " + net.errors().get(0));
                continue;
            }
            for (int k : new int[] {3, 5}) {
                out.line(run(net, k));
            }
        }
        out.line("(ideal: share of discharges with a sensor downstream; detected: share the detector found; idl t1/t3: "
                + "top-1/top-3 of the ideal (exact fired set and arrival times) over the ideal's detections; open t3: "
                + "top-3 at the first alert; top1/top3: at the event's end, over detected discharges; top3/all: over "
                + "all discharges; false/d: events matching no discharge per day; σt: RMS error of the onset times of "
                + "the fired sensors against the true arrivals)");
    }

    static String run(SewerNetwork net, int k) {
        TravelTimes tt = TravelTimes.of(net);
        Placement p = SensorPlacement.place(net, List.of(), k, () -> false);
        List<SensorSpec> sensors = new ArrayList<>();
        Map<String, String> sensorNodes = new LinkedHashMap<>();
        for (int i = 0; i < p.steps().size(); i++) {
            String node = p.steps().get(i).node();
            sensors.add(new SensorSpec("S" + (i + 1), node, List.of("cod", "conductivity")));
            sensorNodes.put("S" + (i + 1), node);
        }
        List<Integer> sensorIdx = sensors.stream().map(s -> net.indexOf(s.node()).getAsInt()).toList();
        // the discharge nodes: all, or a seeded sample
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < net.nodeCount(); v++) {
            nodes.add(v);
        }
        SplittableRandom rnd = new SplittableRandom(net.nodeCount() * 31L + k);
        for (int i = nodes.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = nodes.get(i);
            nodes.set(i, nodes.get(j));
            nodes.set(j, x);
        }
        if (nodes.size() > MAX_INJECTIONS) {
            nodes = nodes.subList(0, MAX_INJECTIONS);
        }
        DischargeSimulator sim = new DischargeSimulator(net, sensors, 77 + k, tt);
        List<Injection> injections = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Instant start = T0.plus(Duration.ofDays(LEARNING_DAYS)).plus(Duration.ofHours((long) SPACING_HOURS * i))
                    .plusSeconds(60L * rnd.nextInt(120));
            String node = net.node(nodes.get(i)).id();
            Injection cod = new Injection(node, "cod", start, Duration.ofMinutes(30), COD);
            injections.add(cod);
            sim.inject(cod);
            sim.inject(new Injection(node, "conductivity", start, Duration.ofMinutes(30), CONDUCTIVITY));
        }
        DischargeDetector detector = new DischargeDetector(net.fileName(), DetectorSettings.defaults(), new SourceGrouping(net, tt, sensorNodes));
        EventTracer tracer = new EventTracer(net, tt, sensorNodes);
        Map<String, Location> atOpen = new HashMap<>();
        List<DischargeEvent> closed = new ArrayList<>();
        Map<String, Location> atClose = new HashMap<>();
        Instant end = T0.plus(Duration.ofDays(LEARNING_DAYS)).plus(Duration.ofHours((long) SPACING_HOURS * nodes.size()));
        for (Instant from = T0; from.isBefore(end); from = from.plus(Duration.ofHours(6))) {
            for (Observation o : sim.readings(from, from.plus(Duration.ofHours(6)), STEP)) {
                for (EventUpdate u : detector.accept(o)) {
                    handle(u, o.time(), tracer, atOpen, closed, atClose);
                }
            }
        }
        for (EventUpdate u : detector.advanceTo(end.plus(Duration.ofDays(1)))) {
            handle(u, end.plus(Duration.ofDays(1)), tracer, atOpen, closed, atClose);
        }
        // score
        int ideal = 0;
        int idealTop1 = 0;
        int idealTop3 = 0;
        int detected = 0;
        int top1 = 0;
        int top3 = 0;
        int open3 = 0;
        double sqErr = 0;
        int nErr = 0;
        boolean[] used = new boolean[closed.size()];
        for (Injection inj : injections) {
            int v = net.indexOf(inj.node()).getAsInt();
            String truth = inj.node();
            // the ideal: exact fired set and exact arrival times
            BitSet down = net.downstreamOf(v);
            Set<Integer> fired = new java.util.HashSet<>();
            Map<Integer, Double> times = new HashMap<>();
            double[] from = tt.fromNode(v);
            for (int s : sensorIdx) {
                if (down.get(s)) {
                    fired.add(s);
                    times.put(s, 1000 + from[s]);
                }
            }
            if (!fired.isEmpty()) {
                ideal++;
                int r = rank(SourceLocator.locate(net, tt, sensorIdx, fired, times, SourceLocator.DEFAULT_SIGMA), truth);
                idealTop1 += r == 0 ? 1 : 0;
                idealTop3 += r >= 0 && r < 3 ? 1 : 0;
            }
            // end to end
            for (int e = 0; e < closed.size(); e++) {
                DischargeEvent ev = closed.get(e);
                if (!used[e] && !ev.start().isBefore(inj.start().minusSeconds(600))
                        && ev.start().isBefore(inj.start().plus(Duration.ofHours(MATCH_HOURS)))) {
                    used[e] = true;
                    detected++;
                    int r = rank(atClose.get(ev.id()), truth);
                    top1 += r == 0 ? 1 : 0;
                    top3 += r >= 0 && r < 3 ? 1 : 0;
                    int ro = rank(atOpen.get(ev.id()), truth);
                    open3 += ro >= 0 && ro < 3 ? 1 : 0;
                    for (var a : ev.sensors().values()) {
                        var arrival = sim.arrival(a.sensor(), inj);
                        if (arrival.isPresent()) {
                            double err = Duration.between(arrival.get(), a.firstAbnormal()).toMillis() / 1000.0;
                            sqErr += err * err;
                            nErr++;
                        }
                    }
                    break;
                }
            }
        }
        int falseEvents = 0;
        for (boolean u : used) {
            falseEvents += u ? 0 : 1;
        }
        double days = Duration.between(T0.plus(Duration.ofDays(LEARNING_DAYS)), end).toHours() / 24.0;
        int n = injections.size();
        String names = String.join(",", sensorNodes.values());
        return String.format(Locale.ROOT, "%-24s %5d %2d %4d %-40s %7.1f%% %7.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %7.1f%% %7.2f %6.0f",
                net.fileName(), net.nodeCount(), k, n, names.length() > 40 ? names.substring(0, 37) + "..." : names,
                pct(ideal, n), pct(detected, n), pct(idealTop1, ideal), pct(idealTop3, ideal), pct(open3, detected),
                pct(top1, detected), pct(top3, detected), pct(top3, n), falseEvents / days,
                nErr == 0 ? Double.NaN : Math.sqrt(sqErr / nErr));
    }

    private static void handle(EventUpdate u, Instant now, EventTracer tracer, Map<String, Location> atOpen,
                               List<DischargeEvent> closed, Map<String, Location> atClose) {
        DischargeEvent e = u.event();
        switch (u.kind()) {
            case OPENED -> atOpen.put(e.id(), tracer.rank(e, now));
            case GREW -> { }
            case CLOSED -> {
                closed.add(e);
                atClose.put(e.id(), tracer.rank(e, now));
            }
        }
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static int rank(Location loc, String node) {
        if (loc == null) {
            return -1;
        }
        List<Candidate> c = loc.candidates();
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).node().equals(node)) {
                return i;
            }
        }
        return -1;
    }

    /** Prints to the console: this is a command line's own output. */
    private static final class PrintOut {
        void line(String s) {
            System.out.println(s);
        }
    }
}
