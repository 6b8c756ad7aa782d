package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.NetworkGenerator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

class GeneratorTest {

    @Test
    void treeIsValidConnectedAndDrainsToTheOutfall() throws Exception {
        String text = NetworkGenerator.generate(500, 7, 0);
        SewerNetwork net = InpReader.parse("gen.inp", text, DirectionPolicy.ELEVATION);
        assertEquals(500, net.nodeCount());
        assertEquals(499, net.linkCount());
        // no errors and no warnings at all: every conduit downhill, one part, every node reaches O0
        assertEquals(List.of(), net.issues());
        assertEquals(500, net.upstreamOf(net.indexOf("O0").getAsInt()).cardinality());
        assertEquals(0, TravelTimes.of(net).fallbackCount());
    }

    @Test
    void sameSeedSameFileOtherSeedOtherFile() {
        assertEquals(NetworkGenerator.generate(200, 3, 0.05), NetworkGenerator.generate(200, 3, 0.05));
        assertNotEquals(NetworkGenerator.generate(200, 3, 0.05), NetworkGenerator.generate(200, 4, 0.05));
    }

    @Test
    void loopsAddParallelPathsButNoDirectedCycles() throws Exception {
        SewerNetwork net = InpReader.parse("gen.inp", NetworkGenerator.generate(1000, 11, 0.05), DirectionPolicy.ELEVATION);
        assertTrue(net.linkCount() > 999 + 40, "links " + net.linkCount());
        assertEquals(List.of(), net.issues());
    }
}
