package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.SourceGrouping;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/**
 * The grouping rule on the hand-drawn tree (TestData.TREE: A, B → C; C, D → E → F), every conduit 100 m at the
 * 0.6 m/s fallback, i.e. 166.7 s per link. Sensors at C, D and E. U(C) = {A, B, C}, U(D) = {D},
 * U(E) = {A, B, C, D, E}.
 */
class SourceGroupingTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final double LINK = 100 / 0.6;

    private static SourceGrouping grouping() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        return new SourceGrouping(net, TravelTimes.of(net), Map.of("SC", "C", "SD", "D", "SE", "E"));
    }

    private static Instant at(double seconds) {
        return T.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void sensorsInBranchesWithNoCommonUpstreamNodeOpenSeparateEvents() throws Exception {
        SourceGrouping g = grouping();
        assertEquals(Optional.empty(), g.choose("SC", T, List.of()));
        g.join("e1", "SC", T);
        assertEquals(List.of("A", "B", "C"), g.sources("e1"));
        // D fires 2 minutes later: U(D) ∩ {A, B, C} is empty, whatever the times
        assertEquals(Optional.empty(), g.choose("SD", T.plusSeconds(120), List.of("e1")));
        g.join("e2", "SD", T.plusSeconds(120));
        assertEquals(List.of("D"), g.sources("e2"));
        // E one link after C's onset: releases from C's event agree for A, B, C (C: T + 166.7 − 166.7 = T); from D's
        // event, D would have released at T + 166.7 − 166.7 = T, 120 s before D's own estimate (T + 120): also within
        // the 10-minute tolerance, but C's event fits exactly (deviation 0 < 120 s): E joins e1
        assertEquals(Optional.of("e1"), g.choose("SE", at(LINK), List.of("e1", "e2")));
        g.join("e1", "SE", at(LINK));
        assertEquals(List.of("A", "B", "C"), g.sources("e1"), "E keeps every source of e1 (times agree)");
    }

    @Test
    void aSensorWhoseOnsetNoSourceOfAnEventExplainsOpensAnother() throws Exception {
        SourceGrouping g = grouping();
        g.join("e1", "SC", T);
        // E 20 minutes after C's plume should have reached it: release estimates T + 1200 s vs T, tolerance 600 s
        assertEquals(Optional.empty(), g.choose("SE", at(LINK + 1200), List.of("e1")));
        // just inside the tolerance it joins
        assertEquals(Optional.of("e1"), g.choose("SE", at(LINK + 599), List.of("e1")));
        // a narrower tolerance
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        SourceGrouping strict = new SourceGrouping(net, TravelTimes.of(net), Map.of("SC", "C", "SE", "E"), Duration.ofSeconds(60));
        strict.join("e1", "SC", T);
        assertEquals(Optional.empty(), strict.choose("SE", at(LINK + 120), List.of("e1")));
        assertEquals(Duration.ofSeconds(60), strict.tolerance());
    }

    @Test
    void timesNarrowTheSourceSetAndClosingForgetsIt() throws Exception {
        SourceGrouping g = grouping();
        // E first: all five nodes; then C at T + 10 min. For A and B the release estimates are T − 333.3 (from E)
        // and T + 600 − 166.7 = T + 433.3 (from C): 766.7 s apart, outside the tolerance; for C: T − 166.7 and T + 600:
        // 766.7 s, outside too. Nothing fits: C opens its own event.
        g.join("e1", "SE", T);
        assertEquals(List.of("A", "B", "C", "D", "E"), g.sources("e1"));
        assertEquals(Optional.empty(), g.choose("SC", T.plusSeconds(600), List.of("e1")));
        // C at T − 100 s instead: C's estimate for C is T − 100 vs T − 166.7 (67 s apart), for A and B T − 266.7 vs
        // T − 333.3: all fit, and the set narrows to U(C)
        assertEquals(Optional.of("e1"), g.choose("SC", T.minusSeconds(100), List.of("e1")));
        g.join("e1", "SC", T.minusSeconds(100));
        assertEquals(List.of("A", "B", "C"), g.sources("e1"));
        g.close("e1");
        assertEquals(List.of(), g.sources("e1"));
        // a sensor the grouping does not know joins the first open event
        assertEquals(Optional.of("e7"), g.choose("S-unknown", T, List.of("e7", "e8")));
        assertTrue(g.knows("SC") && !g.knows("S-unknown"));
    }

    @Test
    void badInputIsRefusedNamingTheSensor() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SourceGrouping(net, TravelTimes.of(net), Map.of("S9", "Z")));
        assertTrue(e.getMessage().contains("S9") && e.getMessage().contains("Z") && e.getMessage().contains("tree.inp"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SourceGrouping(net, TravelTimes.of(net), Map.of(), Duration.ofSeconds(-1)));
    }
}
