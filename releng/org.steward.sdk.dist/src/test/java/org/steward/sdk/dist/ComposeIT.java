package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * A consultant's composition (issue 8, item 5), for real: releng/compose/compose.sh builds a branded workbench and
 * a node from two features of the built update site; both must offer exactly the two models of those features.
 */
class ComposeIT {

    /** samples.feature brings samples.textstats, competitor.feature competitor.compare — nothing else. */
    private static final Set<String> EXPECTED = Set.of("samples.textstats", "competitor.compare");

    @TempDir
    static Path out;

    static Processes.Result compose;

    @BeforeAll
    static void compose() throws Exception {
        Path root = Path.of(System.getProperty("steward.root"));
        compose = Processes.run(root, 900, List.of("bash", root.resolve("releng/compose/compose.sh").toString(),
                "--id", "two-models", "--name", "Two Models Studio", "--features", "samples,competitor",
                "--perspective", "org.steward.workbench.perspective", "--out", out.toString(), "--offline"));
    }

    @Test
    void theComposedNodeListsExactlyTheModelsOfTheChosenFeatures() throws Exception {
        assertEquals(0, compose.exitCode(), compose::toString);
        Processes.Result models = Processes.run(out, 120, List.of(out.resolve("node/bin/steward-node").toString(),
                "models", "--json"));
        assertEquals(0, models.exitCode(), models::toString);
        String json = models.stdout();
        Set<String> ids = new TreeSet<>();
        for (JsonElement m : JsonParser.parseString(json).getAsJsonArray()) {
            ids.add(m.getAsJsonObject().get("id").getAsString());
        }
        assertEquals(new TreeSet<>(EXPECTED), ids, models::toString);
    }

    @Test
    void theComposedWorkbenchStartsAsItsOwnProductWithExactlyThoseModels() throws Exception {
        assertEquals(0, compose.exitCode(), compose::toString);
        Path workbench = out.resolve("workbench");
        String config = Files.readString(workbench.resolve("configuration/config.ini"), StandardCharsets.UTF_8);
        assertTrue(config.contains("eclipse.product=two-models.branding.product"), config);
        Processes.Result models = Processes.run(workbench, 180, List.of(workbench.resolve("steward").toString(),
                "-application", "org.steward.workbench.models", "-data", out.resolve("data").toString()));
        assertEquals(0, models.exitCode(), models::toString);
        Set<String> ids = new TreeSet<>();
        for (String line : models.stdout().split("\n")) {
            if (line.contains("\t")) {
                ids.add(line.substring(0, line.indexOf('\t')));
            }
        }
        assertEquals(new TreeSet<>(EXPECTED), ids, models::toString);
    }
}
