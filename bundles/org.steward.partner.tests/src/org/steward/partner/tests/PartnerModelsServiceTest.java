package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.EnglishMessages;
import org.steward.testing.Osgi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The three partner models found through DS by the catalogue and run through the runner on the shipped examples. */
@ExtendWith(EnglishMessages.class)
class PartnerModelsServiceTest {

    private static final String BUNDLE = "org.steward.partner";

    private static Bundle partnerBundle() {
        Osgi.start("org.steward.core", BUNDLE);
        return Osgi.bundle(BUNDLE).orElseThrow();
    }

    private static <T> T service(Class<T> type) {
        partnerBundle();
        return Osgi.service(type);
    }

    private static ModelCatalog catalogWith(String... ids) {
        partnerBundle();
        return Osgi.service(ModelCatalog.class, c -> java.util.Arrays.stream(ids).allMatch(id -> c.descriptor(id).isPresent()),
                Osgi.DEFAULT_WAIT);
    }

    /** Copies an example shipped inside the partner bundle, which also proves the examples are packaged. */
    private static Path example(String name, Path dir) throws Exception {
        URL url = partnerBundle().getEntry("examples/" + name);
        assertTrue(url != null, "examples/" + name + " missing from the bundle");
        Path file = dir.resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static JsonObject run(String id, Path input, Map<String, String> params, Path out) throws Exception {
        ModelRunner runner = service(ModelRunner.class);
        catalogWith(id);
        ModelResult result = runner.run(id, Optional.of(input), params, ProgressMonitor.NULL, Duration.ofSeconds(60));
        List<Path> files = result.writeTo(out);
        return JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
    }

    @Test
    void threeModelsAreInTheCatalogueUnderPartners() throws Exception {
        ModelCatalog catalog = catalogWith("partner.ahp", "partner.topsis", "partner.sampletest");
        for (String id : List.of("partner.ahp", "partner.topsis", "partner.sampletest")) {
            ModelDescriptor d = catalog.descriptor(id).orElseThrow(() -> new AssertionError(id + " missing; present: " + catalog.models()));
            assertEquals("Partners", d.category());
            assertEquals(BUNDLE, d.bundle());
            assertEquals("1.0.0", d.version());
        }
    }

    @Test
    void ahpExampleRunsAndIsConsistent(@TempDir Path dir) throws Exception {
        JsonObject json = run("partner.ahp", example("ahp-sensor-criteria.csv", dir), Map.of(), dir.resolve("out"));
        JsonObject weights = json.getAsJsonObject("weights");
        double sum = 0;
        for (Map.Entry<String, JsonElement> e : weights.entrySet()) {
            sum += e.getValue().getAsDouble();
        }
        assertEquals(1.0, sum, 1e-9);
        // independent numpy.linalg.eig of the example matrix: accuracy 0.3007, CR 0.0153
        assertEquals(0.3007, weights.get("accuracy").getAsDouble(), 0.00005);
        assertEquals(0.0153, json.get("cr").getAsDouble(), 0.00005);
        assertTrue(json.get("consistent").getAsBoolean());
        assertEquals(0, json.getAsJsonArray("inconsistentComparisons").size());
        assertEquals("criterion,weight,rank", Files.readAllLines(dir.resolve("out/weights.csv")).get(0));
    }

    @Test
    void inconsistentMatrixNamesTheWorstComparison(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, ",A,B,C,D\nA,1,2,4,1/8\nB,1/2,1,2,4\nC,1/4,1/2,1,2\nD,8,1/4,1/2,1\n", StandardCharsets.UTF_8);
        JsonObject json = run("partner.ahp", file, Map.of("worstComparisons", "2"), dir.resolve("out"));
        assertFalse(json.get("consistent").getAsBoolean());
        JsonObject worst = json.getAsJsonArray("inconsistentComparisons").get(0).getAsJsonObject();
        assertEquals("A", worst.get("row").getAsString());
        assertEquals("D", worst.get("column").getAsString());
        assertEquals(2, json.getAsJsonArray("inconsistentComparisons").size());
    }

    @Test
    void topsisExampleRanksFiveVendors(@TempDir Path dir) throws Exception {
        JsonObject json = run("partner.topsis", example("topsis-vendors.csv", dir), Map.of(), dir.resolve("out"));
        assertEquals(5, json.getAsJsonArray("ranking").size());
        assertEquals(5, json.getAsJsonObject("closeness").size());
        assertEquals(0, json.getAsJsonArray("warnings").size());
        assertEquals(5, json.getAsJsonObject("sensitivity").size());
        assertEquals(6, Files.readAllLines(dir.resolve("out/closeness.csv")).size());
    }

    @Test
    void topsisWarnsWhenWeightsAreNormalised(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.csv");
        Files.writeString(file, "alternative,q,price\nweight,3,1\ntype,benefit,cost\nGood,9,10\nBad,3,20\n", StandardCharsets.UTF_8);
        JsonObject json = run("partner.topsis", file, Map.of(), dir.resolve("out"));
        assertEquals(1, json.getAsJsonArray("warnings").size());
        assertTrue(json.getAsJsonArray("warnings").get(0).getAsString().contains("4"));
        assertEquals(0.75, json.getAsJsonObject("weights").get("q").getAsDouble(), 1e-12);
        // Good dominates on both criteria: no weight swaps the top two, written as null
        assertTrue(json.getAsJsonObject("sensitivity").get("q").isJsonNull());
    }

    @Test
    void sampleTestExampleGivesEveryFigure(@TempDir Path dir) throws Exception {
        JsonObject json = run("partner.sampletest", example("sampletest-cod-sensor.csv", dir), Map.of("range", "500"), dir.resolve("out"));
        JsonObject figures = json.getAsJsonObject("figures");
        assertEquals(8, figures.size());
        assertEquals(0, json.getAsJsonArray("notTested").size(), json.toString());
        // memory effect of the example by hand: low mean (101.2 + 100.4 + 99.7)/3 = 100.4333; first low after high
        // 106.9 → (106.9 − 100.4333)/500 × 100 = 1.29333 % of range
        assertEquals(1.29333, figures.getAsJsonObject("memoryEffect").get("value").getAsDouble(), 0.00001);
        // T90 by hand: start 50.2, end mean(245.1, 247.9, 248.6) = 247.2, 90 % level 227.5 → 236.8 at 09:10, step 09:04 → 6 min
        assertEquals(6.0, figures.getAsJsonObject("responseTime").get("value").getAsDouble(), 1e-9);
        assertEquals("figure,status,value,unit,limit,rule,n", Files.readAllLines(dir.resolve("out/figures.csv")).get(0));
    }

    @Test
    void badCellIsReportedThroughTheRunner(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, ",a,b\na,1,x\nb,1,1\n", StandardCharsets.UTF_8);
        ModelRunner runner = service(ModelRunner.class);
        catalogWith("partner.ahp");
        ModelException e = assertThrows(ModelException.class,
                () -> runner.run("partner.ahp", Optional.of(file), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("row 'a', column 'b' (line 2)"), e.getMessage());
    }

    @Test
    void badParameterIsNamed(@TempDir Path dir) throws Exception {
        Path file = example("sampletest-cod-sensor.csv", dir);
        ModelRunner runner = service(ModelRunner.class);
        catalogWith("partner.sampletest");
        ParameterException e = assertThrows(ParameterException.class, () -> runner.run("partner.sampletest", Optional.of(file),
                Map.of("realSampleLimits", "30:5,60:30%"), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertEquals("realSampleLimits", e.key());
    }
}
