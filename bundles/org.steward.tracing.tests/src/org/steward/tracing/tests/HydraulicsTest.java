package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.tracing.analysis.Manning;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.CrossSection;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/** Manning velocities against hand computation and travel times along hand-checked paths. */
class HydraulicsTest {

    @Test
    void fullCircularPipeMatchesHandComputation() {
        // D = 0.3 m, n = 0.013, S = 0.005, SI: R = D/4 = 0.075 m; R^(2/3) = 0.177840; sqrt(S) = 0.0707107;
        // V = (1/0.013) · 0.177840 · 0.0707107 = 0.96735 m/s (computed by hand / calculator).
        double v = Manning.velocity(1.0, 0.013, Manning.circularRadius(0.3, 1.0), 0.005);
        assertEquals(0.96735, v, 1e-4);
        // Half full runs as fast as full: R(0.5) = D/4 as well.
        assertEquals(0.075, Manning.circularRadius(0.3, 0.5), 1e-12);
    }

    @Test
    void partialFillRadiusMatchesPublishedTable() {
        // Circular-section geometric elements (e.g. Chow, Open-Channel Hydraulics, App. A; ASCE MOP 37):
        // at y/D = 0.25, R/D = 0.1466.
        assertEquals(0.1466, Manning.circularRadius(1.0, 0.25), 5e-5);
        // Closed rectangle 1 m high, 2 m wide, full: R = A/P = 2/6.
        assertEquals(1.0 / 3, Manning.hydraulicRadius(new CrossSection("RECT_CLOSED", 1, 2, 1), 1.0), 1e-12);
    }

    @Test
    void example1ConduitUsesUsUnitsAndFallbackIsDocumentedValue(@TempDir Path dir) throws Exception {
        SewerNetwork net = InpReader.read(TestData.copy("Example1.inp", dir));
        TravelTimes tt = TravelTimes.of(net);
        int c1 = indexOfLink(net, "1");
        // Example1.inp conduit 1: nodes 9 (1000 ft) → 10 (995 ft), 400 ft, n 0.01, CIRCULAR 1.5 ft, offsets 0.
        // S = 5/400 = 0.0125; V = 1.486/0.01 · (1.5/4)^(2/3) · sqrt(0.0125) = 8.6396 ft/s = 2.6334 m/s; t = 400/8.6396 s.
        assertEquals(8.6396 * 0.3048, tt.linkVelocity(c1), 1e-3);
        assertEquals(400 / 8.6396, tt.linkSeconds(c1), 1e-2);
        assertFalse(tt.usesFallback(c1));

        // The hand-drawn tree has no [XSECTIONS]: every 100 m conduit runs at 0.6 m/s, 166.67 s.
        SewerNetwork tree = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        TravelTimes t2 = TravelTimes.of(tree);
        assertEquals(5, t2.fallbackCount());
        double[] toF = t2.toNode(tree.indexOf("F").getAsInt());
        assertEquals(3 * 100 / 0.6, toF[tree.indexOf("A").getAsInt()], 1e-9); // A → C → E → F
        assertTrue(Double.isInfinite(t2.toNode(tree.indexOf("C").getAsInt())[tree.indexOf("D").getAsInt()]));
    }

    private static int indexOfLink(SewerNetwork net, String id) {
        for (int l = 0; l < net.linkCount(); l++) {
            if (net.link(l).id().equals(id)) {
                return l;
            }
        }
        throw new AssertionError(id);
    }
}
