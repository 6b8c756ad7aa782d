package org.steward.node.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.samples.faulty.BrokenActivationModel;
import org.steward.samples.faulty.BrokenStartup;
import org.steward.samples.faulty.FailingModel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The one-shot commands of the built distribution, each run as a separate process. */
class NodeCommandsIT {

    private static final String SAMPLE = "samples.textstats";

    @TempDir
    static Path tmp;

    /** The distribution as built. */
    private static NodeDistribution node;
    /** The distribution with the faulty test bundle dropped into deploy/. */
    private static NodeDistribution faulty;

    @BeforeAll
    static void copyDistributions() throws IOException {
        node = NodeDistribution.copyInto(tmp.resolve("node"));
        faulty = NodeDistribution.copyInto(tmp.resolve("faulty"));
        Files.copy(NodeDistribution.faultyJar(), faulty.deploy().resolve("faulty.jar"));
    }

    @Test
    void helpForTheNodeAndEachCommand() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.of("models", "--help"), List.of("run", "--help"),
                List.of("serve", "--help"), List.of("ingest", "--help"))) {
            NodeDistribution.Result r = node.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), args + ": " + r);
            assertTrue(r.out().startsWith("Usage: steward-node"), args + ": " + r);
        }
        NodeDistribution.Result models = node.run("models", "--help");
        assertTrue(models.out().contains("run/admin.json"), "models --help says where its list comes from: " + models);
        NodeDistribution.Result none = node.run();
        assertEquals(2, none.exitCode(), none.toString());
        NodeDistribution.Result unknown = node.run("frobnicate");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("frobnicate"), unknown.toString());
    }

    @Test
    void ingestWithoutAServeNodeExits1SayingWhereTheIngestRuns() throws Exception {
        NodeDistribution.Result r = node.run("ingest");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("admin.json") && r.err().contains("steward-node serve"), r.toString());
        assertEquals("", r.out(), r.toString());
        NodeDistribution.Result zero = node.run("ingest", "--watch", "0");
        assertEquals(2, zero.exitCode(), zero.toString());
        assertTrue(zero.err().contains("--watch") && zero.err().contains("'0'"), zero.toString());
        NodeDistribution.Result countAlone = node.run("ingest", "--count", "3");
        assertEquals(2, countAlone.exitCode(), countAlone.toString());
        assertTrue(countAlone.err().contains("--watch"), countAlone.toString());
    }

    @Test
    void modelsListsTheSampleWithVersionAndBundle() throws Exception {
        NodeDistribution.Result r = node.run("models");
        assertEquals(0, r.exitCode(), r.toString());
        List<List<String>> lines = r.out().lines().map(l -> Arrays.asList(l.trim().split("\\s+"))).toList();
        assertTrue(lines.contains(List.of(SAMPLE, "1.0.0", "org.steward.samples.textstats")), r.toString());
        assertTrue(r.err().contains("this process"), "says that no serve node answered: " + r);
    }

    @Test
    void modelsJsonIsAnArrayOfModelObjects() throws Exception {
        NodeDistribution.Result r = node.run("models", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonArray models = JsonParser.parseString(r.out()).getAsJsonArray();
        JsonObject sample = null;
        for (JsonElement e : models) {
            if (SAMPLE.equals(e.getAsJsonObject().get("id").getAsString())) {
                sample = e.getAsJsonObject();
            }
        }
        assertNotNull(sample, r.toString());
        assertEquals("1.0.0", sample.get("version").getAsString());
        assertEquals("org.steward.samples.textstats", sample.get("bundle").getAsString());
        assertEquals("Samples", sample.get("category").getAsString());
    }

    /**
     * Totals counted by hand. a.txt "Hello world\nsecond line\n": 24 characters (11 + 1 + 11 + 1), 4 words, 2 lines.
     * b.md "管网 溯源\n": 6 code points (4 Han, a space, a newline), 4 words (each Han character is one word, as the
     * model documents), 1 line. notes.csv is not read (default extensions txt, md). Totals: 2 files, 30, 8, 3.
     */
    @Test
    void runWritesResultJsonWithHandCountedTotals() throws Exception {
        Path input = textInput("run-default");
        Path output = tmp.resolve("run-default-out");
        NodeDistribution.Result r = node.run("run", SAMPLE, "--input", input.toString(), "--output", output.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject totals = totals(output);
        assertEquals(2, totals.get("files").getAsInt());
        assertEquals(30, totals.get("characters").getAsInt());
        assertEquals(8, totals.get("words").getAsInt());
        assertEquals(3, totals.get("lines").getAsInt());
        assertTrue(Files.isRegularFile(output.resolve("files.csv")), "the table is written as CSV");
        assertTrue(r.out().contains(output.resolve("result.json").toString()), "lists the files written: " + r);
        assertTrue(r.err().contains("a.txt"), "progress goes to standard error: " + r);
    }

    /** With extensions=csv only notes.csv "x,y\n" counts: 4 characters, 2 words (x, y), 1 line. */
    @Test
    void runPassesParameters() throws Exception {
        Path input = textInput("run-csv");
        Path output = tmp.resolve("run-csv-out");
        NodeDistribution.Result r = node.run("run", SAMPLE, "--input", input.toString(), "--param", "extensions=csv",
                "--output", output.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject totals = totals(output);
        assertEquals(1, totals.get("files").getAsInt());
        assertEquals(4, totals.get("characters").getAsInt());
        assertEquals(2, totals.get("words").getAsInt());
        assertEquals(1, totals.get("lines").getAsInt());
    }

    @Test
    void unknownModelExits2NamingIt() throws Exception {
        Path output = tmp.resolve("unknown-out");
        NodeDistribution.Result r = node.run("run", "no.such.model", "--input", textInput("unknown").toString(),
                "--output", output.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no.such.model"), r.toString());
        assertTrue(r.err().contains(SAMPLE), "lists the models there are: " + r);
        assertFalse(Files.exists(output.resolve("result.json")));
    }

    @Test
    void badParametersExit2NamingThem() throws Exception {
        String input = textInput("bad-param").toString();
        String output = tmp.resolve("bad-param-out").toString();
        NodeDistribution.Result unknownKey = node.run("run", SAMPLE, "--input", input, "--param", "bogus=1", "--output", output);
        assertEquals(2, unknownKey.exitCode(), unknownKey.toString());
        assertTrue(unknownKey.err().contains("bogus"), unknownKey.toString());
        assertTrue(unknownKey.err().contains("extensions"), "names the parameters there are: " + unknownKey);

        NodeDistribution.Result noValue = node.run("run", SAMPLE, "--input", input, "--param", "extensions", "--output", output);
        assertEquals(2, noValue.exitCode(), noValue.toString());
        assertTrue(noValue.err().contains("key=value") && noValue.err().contains("'extensions'"), noValue.toString());

        NodeDistribution.Result noOutput = node.run("run", SAMPLE, "--input", input);
        assertEquals(2, noOutput.exitCode(), noOutput.toString());
        assertTrue(noOutput.err().contains("--output"), noOutput.toString());

        NodeDistribution.Result badInput = node.run("run", SAMPLE, "--input", tmp.resolve("missing-input").toString(),
                "--output", output);
        assertEquals(2, badInput.exitCode(), badInput.toString());
        assertTrue(badInput.err().contains("missing-input"), badInput.toString());

        NodeDistribution.Result badOption = node.run("run", SAMPLE, "--frob", "--output", output);
        assertEquals(2, badOption.exitCode(), badOption.toString());
        assertTrue(badOption.err().contains("--frob"), badOption.toString());
        assertFalse(Files.exists(Path.of(output, "result.json")));
    }

    @Test
    void modelThatThrowsExits1WithItsError() throws Exception {
        NodeDistribution.Result r = faulty.run("run", FailingModel.ID, "--output", tmp.resolve("fails-out").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains(FailingModel.MESSAGE), r.toString());
    }

    @Test
    void modelWhoseActivationThrowsExits1() throws Exception {
        NodeDistribution.Result r = faulty.run("run", BrokenActivationModel.ID, "--output", tmp.resolve("broken-out").toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("could not be activated"), r.toString());
        assertTrue(r.err().contains(BrokenActivationModel.MESSAGE), "the log shows the cause: " + r);
    }

    @Test
    void faultyBundleIsReportedAndTheOtherModelsStillWork() throws Exception {
        NodeDistribution.Result models = faulty.run("models");
        assertEquals(0, models.exitCode(), models.toString());
        for (String id : List.of(SAMPLE, FailingModel.ID, BrokenActivationModel.ID)) {
            assertTrue(models.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + ": " + models);
        }
        assertTrue(models.err().contains("problem"), models.toString());
        assertTrue(models.err().contains(BrokenStartup.MESSAGE), models.toString());

        Path output = tmp.resolve("faulty-sample-out");
        NodeDistribution.Result run = faulty.run("run", SAMPLE, "--input", textInput("faulty-sample").toString(),
                "--output", output.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(8, totals(output).get("words").getAsInt());
    }

    private static Path textInput(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("a.txt"), "Hello world\nsecond line\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.md"), "管网 溯源\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.csv"), "x,y\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static JsonObject totals(Path output) throws IOException {
        Path result = output.resolve("result.json");
        assertTrue(Files.isRegularFile(result), "no " + result);
        return JsonParser.parseString(Files.readString(result, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("totals");
    }
}
