package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
