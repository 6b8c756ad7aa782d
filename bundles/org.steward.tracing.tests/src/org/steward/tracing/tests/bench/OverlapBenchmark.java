package org.steward.tracing.tests.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.Placement;
import org.steward.tracing.analysis.SensorPlacement;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.detect.SourceGrouping;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;
import org.steward.tracing.sim.SensorSpec;

/**
 * Two discharges that overlap in time: pairs of nodes (a, b), each with a sensor downstream, b starting
 * {@value #DELAY_MINUTES} min after a, both 30 min of cod +2,000 mg/L and conductivity +5,000 µS/cm (as the accuracy
 * benchmark), one pair every {@value #SPACING_HOURS} h after {@value #LEARNING_DAYS} learning days; sensors from
 * greedy placement (k = 5). Each pair runs through the detector with {@link SourceGrouping} and, as the baseline in
 * the same run, without it (one open event per park), then {@link EventTracer} at each event's close.
 * <p>
 * Pairs are classed by topology: <em>apart</em> when no node is upstream of every sensor that either discharge
 * reaches (one source cannot explain them: what the grouping is for), <em>shared</em> otherwise (same branch, or
 * one sensor sees both). Reported per class: pairs; mean events per pair (ideal 2); <em>both</em>: two distinct events
 * rank a and b, one each, in their top 3 at close; <em>one</em>: some event ranks a or b in its top 3.
 * Run by {@code releng/benchmarks/tracing-accuracy-benchmark.sh} after the single-discharge table.
 */
public final class OverlapBenchmark {
    static final int PAIRS = 60;
    static final int DELAY_MINUTES = 5;
    static final int SPACING_HOURS = 8;
    static final int MATCH_HOURS = 6;
    static final int LEARNING_DAYS = 2;
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);

    private OverlapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<SewerNetwork> nets = TracingAccuracyBenchmark.networks(args);
        System.out.println("Overlapping discharges — pairs (a, b), b " + DELAY_MINUTES + " min after a, both 30 min; k = 5 "
                + "greedy sensors; grouped (SourceGrouping, tolerance " + SourceGrouping.DEFAULT_TOLERANCE.toMinutes()
                + " min) against one event per park, same readings");
        System.out.println(String.format(Locale.ROOT, "%-24s %5s %-6s %5s | %7s %7s %7s | %7s %7s %7s",
                "network", "N", "class", "pairs", "events", "both", "one", "events", "both", "one"));
        System.out.println(String.format(Locale.ROOT, "%-24s %5s %-6s %5s | %-23s | %-23s", "", "", "", "",
                "one event per park", "grouped"));
        for (SewerNetwork net : nets) {
            if (net.hasErrors()) {
                continue;
            }
            for (String line : run(net, 5)) {
                System.out.println(line);
            }
        }
        System.out.println("(events: mean events per pair, ideal 2; both: two distinct events rank a and b, one each, in "
                + "their top 3 at close; one: some event ranks a or b in its top 3; apart: no node upstream of every sensor "
                + "the two reach; shared: some node is)");
    }

    static List<String> run(SewerNetwork net, int k) {
        TravelTimes tt = TravelTimes.of(net);
        Placement p = SensorPlacement.place(net, List.of(), k, () -> false);
        List<SensorSpec> sensors = new ArrayList<>();
        Map<String, String> sensorNodes = new LinkedHashMap<>();
        List<Integer> sensorIdx = new ArrayList<>();
        for (int i = 0; i < p.steps().size(); i++) {
            String node = p.steps().get(i).node();
            sensors.add(new SensorSpec("S" + (i + 1), node, List.of("cod", "conductivity")));
            sensorNodes.put("S" + (i + 1), node);
            sensorIdx.add(net.indexOf(node).getAsInt());
        }
        // nodes with a sensor downstream, and the sensors each reaches
        List<Integer> reachable = new ArrayList<>();
        Map<Integer, List<Integer>> reaches = new HashMap<>();
        for (int v = 0; v < net.nodeCount(); v++) {
            BitSet down = net.downstreamOf(v);
            List<Integer> r = sensorIdx.stream().filter(down::get).toList();
            if (!r.isEmpty()) {
                reachable.add(v);
                reaches.put(v, r);
            }
        }
        SplittableRandom rnd = new SplittableRandom(net.nodeCount() * 17L + k);
        DischargeSimulator sim = new DischargeSimulator(net, sensors, 91 + k, tt);
        List<int[]> pairs = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        List<Boolean> apart = new ArrayList<>();
        for (int i = 0; i < PAIRS && reachable.size() >= 2; i++) {
            int a = reachable.get(rnd.nextInt(reachable.size()));
            int b;
            do {
                b = reachable.get(rnd.nextInt(reachable.size()));
            } while (b == a);
            pairs.add(new int[] {a, b});
            BitSet common = new BitSet();
            common.set(0, net.nodeCount());
            Set<Integer> both = new HashSet<>(reaches.get(a));
            both.addAll(reaches.get(b));
            for (int s : both) {
                common.and(net.upstreamOf(s));
            }
            apart.add(common.isEmpty());
            Instant start = T0.plus(Duration.ofDays(LEARNING_DAYS)).plus(Duration.ofHours((long) SPACING_HOURS * i))
                    .plusSeconds(60L * rnd.nextInt(120));
            starts.add(start);
            for (int[] d : new int[][] {{a, 0}, {b, DELAY_MINUTES}}) {
                String node = net.node(d[0]).id();
                Instant t = start.plus(Duration.ofMinutes(d[1]));
                sim.inject(new Injection(node, "cod", t, Duration.ofMinutes(30), TracingAccuracyBenchmark.COD));
                sim.inject(new Injection(node, "conductivity", t, Duration.ofMinutes(30), TracingAccuracyBenchmark.CONDUCTIVITY));
            }
        }
        DischargeDetector single = new DischargeDetector(net.fileName(), DetectorSettings.defaults());
        DischargeDetector grouped = new DischargeDetector(net.fileName(), DetectorSettings.defaults(),
                new SourceGrouping(net, tt, sensorNodes));
        EventTracer tracer = new EventTracer(net, tt, sensorNodes);
        List<DischargeEvent> closedSingle = new ArrayList<>();
        List<DischargeEvent> closedGrouped = new ArrayList<>();
        Map<String, Location> rankSingle = new HashMap<>();
        Map<String, Location> rankGrouped = new HashMap<>();
        Instant end = T0.plus(Duration.ofDays(LEARNING_DAYS)).plus(Duration.ofHours((long) SPACING_HOURS * pairs.size()));
        for (Instant from = T0; from.isBefore(end); from = from.plus(Duration.ofHours(6))) {
            for (Observation o : sim.readings(from, from.plus(Duration.ofHours(6)), STEP)) {
                close(single.accept(o), single, o.time(), tracer, closedSingle, rankSingle);
                close(grouped.accept(o), grouped, o.time(), tracer, closedGrouped, rankGrouped);
            }
        }
        Instant last = end.plus(Duration.ofDays(1));
        close(single.advanceTo(last), single, last, tracer, closedSingle, rankSingle);
        close(grouped.advanceTo(last), grouped, last, tracer, closedGrouped, rankGrouped);
        List<String> out = new ArrayList<>();
        for (boolean cls : new boolean[] {true, false}) {
            double[] s = score(net, pairs, starts, apart, cls, closedSingle, rankSingle);
            double[] g = score(net, pairs, starts, apart, cls, closedGrouped, rankGrouped);
            out.add(String.format(Locale.ROOT, "%-24s %5d %-6s %5d | %7.2f %6.1f%% %6.1f%% | %7.2f %6.1f%% %6.1f%%",
                    net.fileName(), net.nodeCount(), cls ? "apart" : "shared", (int) s[0], s[1], s[2], s[3], g[1], g[2], g[3]));
        }
        return out;
    }

    private static void close(List<EventUpdate> updates, DischargeDetector d, Instant now, EventTracer tracer,
                              List<DischargeEvent> closed, Map<String, Location> ranks) {
        for (EventUpdate u : updates) {
            if (u.kind() != EventUpdate.Kind.CLOSED) {
                continue;
            }
            Set<String> busy = new HashSet<>();
            d.openEvents().forEach(e -> busy.addAll(e.sensors().keySet()));
            busy.removeAll(u.event().sensors().keySet());
            closed.add(u.event());
            ranks.put(u.event().id(), tracer.rank(u.event(), now, busy));
        }
    }

    /** {pairs, mean events, both %, one %} over the pairs of one class. */
    private static double[] score(SewerNetwork net, List<int[]> pairs, List<Instant> starts, List<Boolean> apart,
                                  boolean cls, List<DischargeEvent> closed, Map<String, Location> ranks) {
        int n = 0;
        int events = 0;
        int both = 0;
        int one = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (apart.get(i) != cls) {
                continue;
            }
            n++;
            Instant from = starts.get(i).minusSeconds(600);
            Instant to = starts.get(i).plus(Duration.ofHours(MATCH_HOURS));
            List<DischargeEvent> mine = closed.stream().filter(e -> !e.start().isBefore(from) && e.start().isBefore(to)).toList();
            events += mine.size();
            String a = net.node(pairs.get(i)[0]).id();
            String b = net.node(pairs.get(i)[1]).id();
            boolean any = false;
            boolean two = false;
            for (DischargeEvent x : mine) {
                boolean xa = top3(ranks.get(x.id()), a);
                boolean xb = top3(ranks.get(x.id()), b);
                any |= xa || xb;
                for (DischargeEvent y : mine) {
                    if (x != y && xa && top3(ranks.get(y.id()), b)) {
                        two = true;
                    }
                }
            }
            both += two ? 1 : 0;
            one += any ? 1 : 0;
        }
        return new double[] {n, n == 0 ? 0 : (double) events / n, pct(both, n), pct(one, n)};
    }

    private static boolean top3(Location loc, String node) {
        if (loc == null) {
            return false;
        }
        List<Candidate> c = loc.candidates();
        for (int i = 0; i < Math.min(3, c.size()); i++) {
            if (c.get(i).node().equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
