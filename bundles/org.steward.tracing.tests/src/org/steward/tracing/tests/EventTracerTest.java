package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/** Incremental ranking on hand-drawn networks; expected candidates worked out by hand in the comments. */
class EventTracerTest {
    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");

    private static List<String> nodes(Location loc) {
        return loc.candidates().stream().map(Candidate::node).toList();
    }

    @Test
    void secondFiredSensorNarrowsToTheSourceWhosePathsFit() throws Exception {
        // BYPASS: A → P → S1 (600 + 600 m), A → S2 (600 m), P → S2 (1200 m), B → P; 600 m take 1000 s.
        SewerNetwork net = InpReader.parse("bypass.inp", TestData.BYPASS, DirectionPolicy.DECLARED);
        EventTracer tracer = new EventTracer(net, TravelTimes.of(net), Map.of("Q1", "S1", "Q2", "S2"), 120,
                Duration.ofMinutes(5));
        // Discharge at A at time T − 1000 s: it reaches S2 at T (bypass, 1000 s) and S1 at T + 1000 s (2000 s).
        // At T only Q2 has fired. Upstream of S2: A, B, P, S2. Q1 is quiet; a candidate is ruled out once Q1 is
        // overdue for it: P (release T − 2000, reaches S1 at T − 1000) and B (release T − 3000, S1 at T − 1000)
        // are overdue by 1000 s > grace 300 s; A would reach S1 at T + 1000 (not yet due), S2 is not upstream of S1.
        // Overdue quiet sensors do not rule out, they multiply the score by 0.05 (dilution may hide a plume).
        // Priors 1/(1 + hops to S2): S2 1, A 1/2, P 1/2, B 1/3 → weights 1, 0.5, 0.025, 0.01667, total 1.54167.
        Location first = tracer.rank(Map.of("Q2", T), T);
        assertEquals(List.of("S2", "A", "P", "B"), nodes(first));
        double total = 1 + 0.5 + 0.5 * EventTracer.QUIET_FACTOR + EventTracer.QUIET_FACTOR / 3;
        assertEquals(1 / total, first.confidence(), 1e-12);
        assertEquals(0.5 / total, first.candidates().get(1).score(), 1e-12);
        assertTrue(first.consistent());
        // At T + 1000 s Q1 fires too. Upstream of both: A, B, P. Time differences t(S1) − t(S2) = +1000 s:
        // A predicts 2000 − 1000 = +1000 (fits), P and B predict 1000 − 2000 = −1000 (misfit RMS 1000 s = 8.3σ).
        Map<String, Instant> both = new LinkedHashMap<>();
        both.put("Q2", T);
        both.put("Q1", T.plusSeconds(1000));
        Location second = tracer.rank(both, T.plusSeconds(1000));
        assertEquals("A", second.candidates().get(0).node());
        assertEquals(3, second.candidates().size());
        assertTrue(second.confidence() > 0.999, "confidence " + second.confidence());
    }

    @Test
    void quietDownstreamSensorCountsOnlyOnceThePlumeIsDue() throws Exception {
        // TREE: A, B → C → E → F, D → E; 100 m conduits at 0.6 m/s take 166.7 s. Sensors at C and E.
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        EventTracer tracer = new EventTracer(net, TravelTimes.of(net), Map.of("SC", "C", "SE", "E"), 120,
                Duration.ofMinutes(5));
        // C fired at T, E quiet. Upstream of C: A, B, C. Each reaches E 166.7 s after C: not due before
        // T + 166.7 + 300 s, so nothing is ruled out yet.
        Location early = tracer.rank(Map.of("SC", T), T.plusSeconds(400));
        assertEquals(List.of("C", "A", "B"), nodes(early));
        assertTrue(early.consistent());
        // At T + 500 s E is overdue for every candidate: none fits, so the quiet sensor is ignored and the
        // result is marked inconsistent (diluted below E's threshold, or a fault).
        Location late = tracer.rank(Map.of("SC", T), T.plusSeconds(500));
        assertEquals(List.of("C", "A", "B"), nodes(late));
        assertFalse(late.consistent());
        // E fired alone at T, C quiet: candidates upstream of E are A, B, C, D, E. A, B and C would have passed C
        // 166.7 s before E, at T − 166.7 s; with 300 s grace C is overdue for them from T + 133.3 s.
        Location atOnce = tracer.rank(Map.of("SE", T), T);
        assertEquals(5, atOnce.candidates().size());
        Location onlyE = tracer.rank(Map.of("SE", T), T.plusSeconds(140));
        // D and E fit (prior 1/2 and 1); C (prior 1/2), A and B (1/3) are down-weighted by 0.05
        assertEquals(List.of("E", "D", "C", "A", "B"), nodes(onlyE));
        double total = 1 + 0.5 + EventTracer.QUIET_FACTOR * (0.5 + 1.0 / 3 + 1.0 / 3);
        assertEquals(1 / total, onlyE.confidence(), 1e-12);
        assertTrue(onlyE.candidates().get(2).score() < 0.05 * onlyE.candidates().get(1).score() + 1e-12);
    }
}
