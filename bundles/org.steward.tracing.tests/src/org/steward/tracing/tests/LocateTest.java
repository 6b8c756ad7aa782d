package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.SourceLocator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/** Locating a source on hand-drawn networks whose answers are worked out by hand in the comments. */
class LocateTest {

    private static Map<String, Double> scores(Location loc) {
        return loc.candidates().stream().collect(Collectors.toMap(Candidate::node, Candidate::score));
    }

    @Test
    void bothSensorsFiredMeansSourceAboveTheUpperOne() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        int c = net.indexOf("C").getAsInt();
        int e = net.indexOf("E").getAsInt();
        Location loc = SourceLocator.locate(net, TravelTimes.of(net), List.of(c, e), Set.of(c, e), Map.of(), 120);
        // Upstream of C and of E: {A, B, C}. Prior 1/(1+hops to C): C 1, A 1/2, B 1/2 → normalised 0.5, 0.25, 0.25.
        assertTrue(loc.consistent());
        assertEquals("upstream-distance", loc.method());
        assertEquals(List.of("C", "A", "B"), loc.candidates().stream().map(Candidate::node).toList());
        assertEquals(0.5, scores(loc).get("C"), 1e-12);
        assertEquals(0.25, scores(loc).get("A"), 1e-12);
        assertEquals(0.25, scores(loc).get("B"), 1e-12); // a tie, kept as a tie
        assertEquals(0.5, loc.confidence(), 1e-12);
        // travel time A → C is one 100 m conduit at 0.6 m/s
        assertEquals(100 / 0.6, loc.candidates().get(1).travelSeconds().get("C"), 1e-9);
    }

    @Test
    void silentUpstreamSensorRulesOutItsCatchment() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        int c = net.indexOf("C").getAsInt();
        int e = net.indexOf("E").getAsInt();
        Location loc = SourceLocator.locate(net, TravelTimes.of(net), List.of(c, e), Set.of(e), Map.of(), 120);
        // Upstream of E but not of the silent C: {D, E}; E hops 0 (1), D hops 1 (1/2) → 2/3, 1/3.
        assertEquals(List.of("E", "D"), loc.candidates().stream().map(Candidate::node).toList());
        assertEquals(2.0 / 3, loc.confidence(), 1e-12);
        assertEquals(1.0 / 3, scores(loc).get("D"), 1e-12);
    }

    @Test
    void inconsistentPatternIgnoresSilentSensors() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        int a = net.indexOf("A").getAsInt();
        int c = net.indexOf("C").getAsInt();
        // A fired but C, downstream of it, did not: impossible without dilution; silent C is ignored → only {A}.
        Location loc = SourceLocator.locate(net, TravelTimes.of(net), List.of(a, c), Set.of(a), Map.of(), 120);
        assertFalse(loc.consistent());
        assertEquals(List.of("A"), loc.candidates().stream().map(Candidate::node).toList());
        assertEquals(1.0, loc.confidence(), 1e-12);
    }

    @Test
    void arrivalTimesPickTheSourceWhosePathsFit() throws Exception {
        SewerNetwork net = InpReader.parse("bypass.inp", TestData.BYPASS, DirectionPolicy.DECLARED);
        int s1 = net.indexOf("S1").getAsInt();
        int s2 = net.indexOf("S2").getAsInt();
        TravelTimes tt = TravelTimes.of(net);
        // At 0.6 m/s: 600 m = 1000 s. From A: to S1 via P 2000 s, to S2 by the bypass 1000 s (S2 − S1 = −1000 s).
        // From B or P the difference is +1000 s. Observed S1 at 5000 s, S2 at 4000 s: only A fits (misfit 0);
        // B and P misfit by 1000 s RMS, exp(−1000²/(2·120²)) ≈ 9e-16 of A's likelihood.
        Location timed = SourceLocator.locate(net, tt, List.of(s1, s2), Set.of(s1, s2), Map.of(s1, 5000.0, s2, 4000.0), 120);
        assertEquals("arrival-times", timed.method());
        assertEquals("A", timed.candidates().get(0).node());
        assertTrue(timed.confidence() > 0.999, "confidence " + timed.confidence());
        assertEquals(0, timed.candidates().get(0).residual(), 1e-9);
        assertEquals(1000, timed.candidates().get(1).residual(), 1e-9);

        // Without times: candidates {A, B, P}; hops to S1 (the first of two equally upstream sensors): P 1, A 2, B 2
        // → 1/2 : 1/3 : 1/3 → P 3/7, A 2/7, B 2/7.
        Location untimed = SourceLocator.locate(net, tt, List.of(s1, s2), Set.of(s1, s2), Map.of(), 120);
        assertEquals("P", untimed.candidates().get(0).node());
        assertEquals(3.0 / 7, untimed.confidence(), 1e-12);
        assertEquals(2.0 / 7, scores(untimed).get("A"), 1e-12);
        assertEquals(2.0 / 7, scores(untimed).get("B"), 1e-12);
    }

    @Test
    void scoresSumToOne() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        int f = net.indexOf("F").getAsInt();
        Location loc = SourceLocator.locate(net, TravelTimes.of(net), List.of(f), Set.of(f), Map.of(), 120);
        assertEquals(6, loc.candidates().size());
        assertEquals(1.0, loc.candidates().stream().mapToDouble(Candidate::score).sum(), 1e-12);
    }
}
