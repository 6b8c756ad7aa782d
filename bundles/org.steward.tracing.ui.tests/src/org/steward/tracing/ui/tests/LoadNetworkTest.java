package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.tracing.network.NetworkFormatException;
import org.steward.tracing.ui.internal.TracingSession;
import org.steward.tracing.ui.internal.map.MapData;

/** Loading a network for the map: a broken sidecar does not hide the network; a broken network is refused. */
class LoadNetworkTest {

    @Test
    void aBadSidecarLeavesTheNetworkOnTheMapAndSaysWhy(@TempDir Path dir) throws Exception {
        Path inp = dir.resolve("Example1.inp");
        Files.copy(Path.of(System.getProperty("steward.examples"), "Example1.inp"), inp);
        Files.writeString(dir.resolve("Example1.attachments.csv"), "sensor,S1,16\nsensor,S2,X9\n", StandardCharsets.UTF_8);
        MapData data = TracingSession.load(inp);
        assertEquals(14, data.nodeCount());
        assertTrue(data.sensorNodes().isEmpty());
        String problem = data.problem().orElseThrow();
        assertTrue(problem.contains("Example1.attachments.csv") && problem.contains(":2") && problem.contains("X9"), problem);

        Files.writeString(dir.resolve("Example1.attachments.csv"), "sensor,S1,16\n", StandardCharsets.UTF_8);
        MapData good = TracingSession.load(inp);
        assertEquals(Optional.empty(), good.problem());
        assertEquals(good.network().indexOf("16").orElseThrow(), good.sensorNodes().get("S1"));
    }

    @Test
    void aFileThatIsNoNetworkIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.inp");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> TracingSession.load(empty));
        assertTrue(e.getMessage().contains("empty.inp"), e.getMessage());
    }
}
