package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.detect.SourceGrouping;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;

/**
 * Two discharges that overlap in time: simulator (two injections) → detector with {@link SourceGrouping} → tracer, on
 * SWMM's Example1 (a copy of the EPA example in data/). Its conduits, read by hand from [CONDUITS]:
 * <pre>
 *   9 → 10 ─┐
 *           21 → 22 → 16 → 24 → 17 → 18 (outfall)
 *  19 → 20 ─┘         ↑     ↑
 *        13 → 14 → 15 ┘     23
 * </pre>
 * Upstream sets: U(10) = {9, 10}, U(14) = {13, 14}, U(22) = {9, 10, 19, 20, 21, 22}, U(17) = every node but 18.
 * U(10) ∩ U(14) = ∅: no single node explains sensors at 10 and 14 both firing. Candidate ranking (SourceLocator's
 * prior 1/(1 + hops to the most upstream fired sensor); on this tree arrival times cannot reorder candidates):
 * an event of sensors {10, 17} has candidates {9, 10} (the others are not upstream of 10) scored 1 : 1/2, i.e.
 * 10 at 2/3; {14, 17} likewise 14 at 2/3; an event of {22, 17} has 22 (1), 21 (1/2), 10 and 20 (1/3), 9 and 19 (1/4):
 * before quiet sensors count (EventTracer), 22 at 1/(1 + 1/2 + 2/3 + 1/2) = 3/8.
 */
class OverlapTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant START = T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(10));

    private record Run(List<DischargeEvent> closed, List<Location> rankings, int maxOpen) {
        DischargeEvent event(int i) {
            return closed.get(i);
        }

        String top(int i) {
            return rankings.get(i).candidates().get(0).node();
        }
    }

    /** Both discharges (cod +2000 mg/L, conductivity +5000 µS/cm at the node), learning 2 days, readings every minute. */
    private static Run run(String sensorNodes, boolean grouping, String nodeA, int minutesA, String nodeB, int delayB,
                           int minutesB) throws Exception {
        SewerNetwork net = InpReader.parse("Example1.inp", TestData.text("Example1.inp"), DirectionPolicy.DECLARED);
        StringBuilder csv = new StringBuilder("type,id,node\n");
        for (String n : sensorNodes.split(",")) {
            csv.append("sensor,S").append(n).append(',').append(n).append('\n');
        }
        Attachments sidecar = Attachments.parse("Example1.attachments.csv", csv.toString(), net);
        DischargeSimulator sim = DischargeSimulator.of(net, sidecar, 5);
        Instant startB = START.plus(Duration.ofMinutes(delayB));
        for (String p : List.of("cod", "conductivity")) {
            double c = p.equals("cod") ? 2000 : 5000;
            sim.inject(new Injection(nodeA, p, START, Duration.ofMinutes(minutesA), c));
            sim.inject(new Injection(nodeB, p, startB, Duration.ofMinutes(minutesB), c));
        }
        assertEquals(4, sim.injections().size());
        DischargeDetector detector = grouping
                ? new DischargeDetector("ex1", DetectorSettings.defaults(), SourceGrouping.of(net, sidecar))
                : new DischargeDetector("ex1", DetectorSettings.defaults());
        EventTracer tracer = EventTracer.of(net, sidecar);
        List<DischargeEvent> closed = new ArrayList<>();
        List<Location> rankings = new ArrayList<>();
        int maxOpen = 0;
        for (Observation o : sim.readings(T0, START.plus(Duration.ofHours(4)), Duration.ofMinutes(1))) {
            for (EventUpdate u : detector.accept(o)) {
                assertTrue(!u.event().start().isBefore(START.minusSeconds(600)), "false alarm " + u);
                if (u.kind() == EventUpdate.Kind.CLOSED) {
                    closed.add(u.event());
                    Set<String> busy = new java.util.HashSet<>();
                    detector.openEvents().forEach(e -> busy.addAll(e.sensors().keySet()));
                    busy.removeAll(u.event().sensors().keySet());
                    rankings.add(tracer.rank(u.event(), o.time(), busy));
                }
            }
            maxOpen = Math.max(maxOpen, detector.openEvents().size());
        }
        assertTrue(detector.openEvents().isEmpty(), "every event closed on its own");
        // events close in the order they went quiet; list them by start
        List<Integer> order = new ArrayList<>(List.of(0, 1).subList(0, closed.size()));
        order.sort((x, y) -> closed.get(x).start().compareTo(closed.get(y).start()));
        return new Run(order.stream().map(closed::get).toList(), order.stream().map(rankings::get).toList(), maxOpen);
    }

    @Test
    void twoBranchesGiveTwoEventsEachTracedToItsSource() throws Exception {
        // 10 and 14 discharge for 10 minutes, 14 starting 40 minutes after 10: the first event is still open (quiet
        // period 60 min) when the second starts. S17 below both sees the two plumes apart (10 → 17 takes ~3 min,
        // 14 → 17 ~3 min, so 17 is normal again from ~10:16 to 10:43) and joins each event in turn.
        Run r = run("10,14,17", true, "10", 10, "14", 40, 10);
        assertEquals(2, r.closed().size(), "events " + r.closed());
        assertNotEquals(r.event(0).id(), r.event(1).id());
        assertEquals(2, r.maxOpen(), "both open at once: they overlap in time");
        assertEquals(List.of("S10", "S17"), List.copyOf(r.event(0).sensors().keySet()));
        assertEquals(List.of("S14", "S17"), List.copyOf(r.event(1).sensors().keySet()));
        assertEquals("10", r.top(0));
        assertEquals("14", r.top(1));
        assertEquals(2.0 / 3, r.rankings().get(0).confidence(), 1e-9);
        assertEquals(2.0 / 3, r.rankings().get(1).confidence(), 1e-9);
        assertTrue(r.rankings().get(0).consistent() && r.rankings().get(1).consistent());
        // each has its own start, end and parameters
        assertTrue(Math.abs(Duration.between(START, r.event(0).start()).toSeconds()) <= 120, r.event(0).toString());
        assertTrue(Math.abs(Duration.between(START.plusSeconds(2400), r.event(1).start()).toSeconds()) <= 120,
                r.event(1).toString());
        assertTrue(r.event(0).end().orElseThrow().isBefore(r.event(1).start()), "the first plume had passed");
        assertEquals(Set.of("cod", "conductivity"), r.event(0).parameters());
        assertEquals(Set.of("cod", "conductivity"), r.event(1).parameters());
    }

    @Test
    void withoutGroupingTheTwoMergeIntoOneEventNoNodeExplains() throws Exception {
        Run r = run("10,14,17", false, "10", 10, "14", 40, 10);
        assertEquals(1, r.closed().size());
        assertEquals(1, r.maxOpen());
        assertEquals(Set.of("S10", "S14", "S17"), r.event(0).sensors().keySet());
        assertTrue(r.rankings().get(0).candidates().isEmpty(), "U(10) ∩ U(14) is empty");
    }

    @Test
    void plumesOverlappingAtTheSharedSensorStillGiveTwoEvents() throws Exception {
        // 30-minute discharges, 14 starting 5 minutes after 10: at S17 the plume of 14 arrives while 10's is still
        // passing, so S17 stays abnormal in one run, which belongs to the event it fired for first (10's). The event
        // of 14 keeps S14 alone; S17, busy with the other event, does not count as quiet against it.
        Run r = run("10,14,17", true, "10", 30, "14", 5, 30);
        assertEquals(2, r.closed().size(), "events " + r.closed());
        assertEquals(List.of("S10", "S17"), List.copyOf(r.event(0).sensors().keySet()));
        assertEquals(List.of("S14"), List.copyOf(r.event(1).sensors().keySet()));
        assertEquals(2, r.maxOpen());
        assertEquals("10", r.top(0));
        assertEquals("14", r.top(1));
        assertTrue(r.rankings().get(1).consistent(), "S17 busy, not silent");
    }

    @Test
    void twoSourcesOnOnePathAreSplitOnlyWhenTheirPlumesArePartAtEverySensor() throws Exception {
        // 10 is upstream of 22 (10 → 21 → 22, ~100 s). 22 discharging 40 minutes after 10: S22 and S17 fire again
        // after being normal, at times no node of the first event explains (release estimates 40 min apart, the
        // tolerance is 10), so a second event opens with U(22)'s candidates, 22 first. When it closes S10 (its own
        // event closed before) is quiet and overdue for 9 and 10, which get × 0.05 (EventTracer.QUIET_FACTOR):
        // 22 scores 1/(1 + 1/2 + 1/3 + 1/4 + 0.05·(1/3 + 1/4)) = 1/2.1125.
        Run apart = run("10,22,17", true, "10", 10, "22", 40, 10);
        assertEquals(2, apart.closed().size(), "events " + apart.closed());
        assertEquals(List.of("S10", "S22", "S17"), List.copyOf(apart.event(0).sensors().keySet()));
        assertEquals(List.of("S22", "S17"), List.copyOf(apart.event(1).sensors().keySet()));
        assertEquals("10", apart.top(0));
        assertEquals("22", apart.top(1));
        assertEquals(1 / 2.1125, apart.rankings().get(1).confidence(), 1e-9);
        // 22 discharging 10 minutes after 10: its plume follows 10's at S22 and S17 without a normal reading between,
        // so each sensor has one abnormal run and the two discharges are one event, traced to the upstream one (10).
        // This is the limit of the rule: what one sensor sees as one run is one discharge.
        Run touching = run("10,22,17", true, "10", 10, "22", 10, 10);
        assertEquals(1, touching.closed().size(), "events " + touching.closed());
        assertEquals("10", touching.top(0));
    }
}
