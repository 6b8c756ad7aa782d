package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.Placement;
import org.steward.tracing.analysis.SensorPlacement;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/**
 * Greedy placement on A → B → C → O, D → C (N = 5). A sensor at s splits the nodes into its upstream set (a nodes)
 * and the rest; the expected candidate-set size is (a² + (5 − a)²)/5. Upstream sizes: A 1, B 2, C 4, D 1, O 5,
 * so B is best with (4 + 9)/5 = 2.6; A and D give 3.4, C 3.4, O 5.
 */
class PlacementTest {

    private static SewerNetwork net() throws Exception {
        return InpReader.parse("placement.inp", TestData.PLACEMENT, DirectionPolicy.DECLARED);
    }

    @Test
    void bestFirstSensorIsTheOneKnownByHand() throws Exception {
        Placement p = SensorPlacement.place(net(), List.of(), 2, () -> false);
        assertEquals(5.0, p.before(), 1e-12);
        assertEquals("B", p.steps().get(0).node());
        assertEquals(2.6, p.steps().get(0).expected(), 1e-12);
        // Then classes {A,B} {C,D,O}: C splits off {C,D} → 4+4+1 = 9 → 1.8; D splits off {D} → 4+1+4 → 1.8; A → 2.2.
        // C and D tie; C is declared first.
        assertEquals("C", p.steps().get(1).node());
        assertEquals(1.8, p.after(), 1e-12);
    }

    @Test
    void stopsWhenEveryNodeHasItsOwnSignature() throws Exception {
        Placement p = SensorPlacement.place(net(), List.of(), 10, () -> false);
        // B, C, then A ({A,B} → 1+1+4+1 = 7 → 1.4), then D (→ 1.0); O would change nothing.
        assertEquals(List.of("B", "C", "A", "D"), p.steps().stream().map(Placement.Step::node).toList());
        assertEquals(1.0, p.after(), 1e-12);
    }

    @Test
    void existingSensorsAreTakenIntoAccount() throws Exception {
        SewerNetwork n = net();
        Placement p = SensorPlacement.place(n, List.of(n.indexOf("B").getAsInt()), 1, () -> false);
        assertEquals(2.6, p.before(), 1e-12);
        assertEquals("C", p.steps().get(0).node());
        assertEquals(2.6, SensorPlacement.expectedCandidates(n, List.of(n.indexOf("B").getAsInt())), 1e-12);
    }
}
