package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code steward-node store ...} of the built distribution on a fresh workspace, each command its own process. */
class NodeStoreIT {

    @TempDir
    Path tmp;

    @Test
    void infoBackupAndRestoreOnAFreshWorkspace() throws Exception {
        NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
        Path workspace = tmp.resolve("workspace");
        String ws = "-Dsteward.workspace=" + workspace;

        NodeDistribution.Result info = node.runWithOptions(ws, "store", "info", "--json");
        assertEquals(0, info.exitCode(), info.toString());
        JsonObject json = JsonParser.parseString(info.out()).getAsJsonObject();
        assertEquals("embedded", json.get("mode").getAsString());
        assertEquals(workspace.resolve(".steward/db").toString(), json.get("location").getAsString(), info.toString());
        assertTrue(json.get("sizeBytes").getAsLong() > 0, info.toString());
        assertTrue(info.out().contains("\"schema\": \"steward.store\"") || info.out().contains("\"schema\":\"steward.store\""),
                "the store's own migration V1 is applied on first use: " + info);
        assertTrue(Files.isRegularFile(workspace.resolve(".steward/db/service.properties")), info.toString());

        NodeDistribution.Result text = node.runWithOptions(ws, "store", "info");
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().startsWith("mode: embedded\nlocation: " + workspace.resolve(".steward/db")), text.toString());

        NodeDistribution.Result backup = node.runWithOptions(ws, "store", "backup", "--to", tmp.resolve("backups").toString());
        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().startsWith("backup copy: "), backup.toString());
        Path copy = Path.of(backup.out().substring("backup copy: ".length()).trim());
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), backup.toString());

        NodeDistribution.Result restore = node.runWithOptions(ws, "store", "restore", "--from", copy.toString());
        assertEquals(0, restore.exitCode(), restore.toString());
        assertTrue(restore.out().contains("restored " + workspace.resolve(".steward/db")), restore.toString());
    }

    @Test
    void badStoreCommandLinesExit2NamingTheProblem() throws Exception {
        NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
        String ws = "-Dsteward.workspace=" + tmp.resolve("workspace");
        NodeDistribution.Result noTo = node.runWithOptions(ws, "store", "backup");
        assertEquals(2, noTo.exitCode(), noTo.toString());
        assertTrue(noTo.err().contains("--to DIR is required"), noTo.toString());
        NodeDistribution.Result missing = node.runWithOptions(ws, "store", "restore", "--from", tmp.resolve("nothing").toString());
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains(tmp.resolve("nothing") + "' is not a folder"), missing.toString());
        NodeDistribution.Result unknown = node.runWithOptions(ws, "store", "vacuum");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("'vacuum'"), unknown.toString());
        NodeDistribution.Result notACopy = node.runWithOptions(ws, "store", "restore", "--from", tmp.toString());
        assertEquals(1, notACopy.exitCode(), notACopy.toString());
        assertTrue(notACopy.err().contains("not a Derby backup copy"), notACopy.toString());
        NodeDistribution.Result help = node.run("store", "--help");
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().startsWith("Usage: steward-node store"), help.toString());
    }

    @Test
    void serverStartPrintsItsAddressServesAndStopsOnSigterm() throws Exception {
        NodeDistribution node = NodeDistribution.copyInto(tmp.resolve("node"));
        Path out = tmp.resolve("server.out");
        Path err = tmp.resolve("server.err");
        Process p = node.start(out, err, "store", "server", "start", "--port", "0");
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(NodeDistribution.COMMAND_TIMEOUT_SECONDS);
            String text = "";
            while (System.nanoTime() < end && p.isAlive() && !(text = Files.readString(out)).contains("listening on")) {
                Thread.sleep(100);
            }
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+), databases in (\\S+);").matcher(text);
            assertTrue(m.find(), text + Files.readString(err));
            int port = Integer.parseInt(m.group(1));
            assertTrue(m.group(2).endsWith("data"), text);
            try (Socket s = new Socket("127.0.0.1", port)) {
                assertTrue(s.isConnected());
            }
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops on SIGTERM");
            assertEquals(143, p.exitValue(), Files.readString(err));
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close(), "the server is gone");
        } finally {
            p.destroyForcibly();
        }
    }
}
