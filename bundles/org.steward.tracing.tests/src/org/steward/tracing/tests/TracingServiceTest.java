package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
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
import org.steward.testing.Osgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Both tracing models found through DS by the catalogue and run through the runner, as both runtimes do. */
class TracingServiceTest {

    @org.junit.jupiter.api.BeforeAll
    static void englishMessages() {
        // the assertions below read English messages; MessagesTest covers Chinese
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    private static <T> T service(Class<T> type) {
        Osgi.start("org.steward.core", "org.steward.tracing");
        return Osgi.service(type);
    }

    private static JsonObject run(String model, Path input, Map<String, String> params, Path out) throws Exception {
        ModelResult result = service(ModelRunner.class).run(model, Optional.of(input), params, ProgressMonitor.NULL, Duration.ofSeconds(60));
        List<Path> files = result.writeTo(out);
        return JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
    }

    @Test
    void bothModelsAreInTheCatalogue() throws Exception {
        ModelCatalog catalog = service(ModelCatalog.class);
        for (int i = 0; i < 250 && catalog.descriptor("tracing.placement").isEmpty(); i++) {
            Thread.sleep(20);
        }
        for (String id : List.of("tracing.locate", "tracing.placement")) {
            ModelDescriptor d = catalog.descriptor(id).orElseThrow(() -> new AssertionError(id + " missing; present: " + catalog.models()));
            assertEquals("Tracing", d.category());
            assertEquals("org.steward.tracing", d.bundle());
        }
    }

    @Test
    void locateRunsWithEnterprisesFromTheSidecar(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("tree.inp");
        Files.writeString(net, TestData.TREE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tree.attachments.csv"), "type,id,node,name\nenterprise,E01,A,Dyeing plant\nsensor,S-C,C\nsensor,S-E,E\n",
                StandardCharsets.UTF_8);
        // Sensors from the sidecar (C and E), both fired: candidates C 0.5, A 0.25, B 0.25 (see LocateTest).
        JsonObject json = run("tracing.locate", net, Map.of("fired", "S-C,E"), dir.resolve("out"));
        JsonArray cands = json.getAsJsonArray("candidates");
        assertEquals(3, json.get("candidateCount").getAsInt());
        assertEquals("C", cands.get(0).getAsJsonObject().get("node").getAsString());
        assertEquals(0.5, json.get("confidence").getAsDouble(), 1e-12);
        JsonObject a = cands.get(1).getAsJsonObject();
        assertEquals("A", a.get("node").getAsString());
        assertEquals("E01", a.getAsJsonArray("enterprises").get(0).getAsJsonObject().get("id").getAsString());
        double sum = 0;
        for (var c : cands) {
            sum += c.getAsJsonObject().get("score").getAsDouble();
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals("rank,node,score,hops,enterprises", Files.readAllLines(dir.resolve("out/candidates.csv")).get(0));
    }

    @Test
    void locateRejectsBadSensorParameters(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("tree.inp");
        Files.writeString(net, TestData.TREE, StandardCharsets.UTF_8);
        ModelRunner runner = service(ModelRunner.class);
        ParameterException e = assertThrows(ParameterException.class, () -> runner.run("tracing.locate", Optional.of(net),
                Map.of("sensors", "C,X9", "fired", "C"), ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertEquals("sensors", e.key());
        assertTrue(e.getMessage().contains("'X9'"), e.getMessage());
        e = assertThrows(ParameterException.class, () -> runner.run("tracing.locate", Optional.of(net),
                Map.of("sensors", "C,E", "fired", "D"), ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertEquals("fired", e.key());
        e = assertThrows(ParameterException.class, () -> runner.run("tracing.locate", Optional.of(net),
                Map.of("sensors", "C,E", "fired", ""), ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertEquals("fired", e.key());
        e = assertThrows(ParameterException.class, () -> runner.run("tracing.locate", Optional.of(net),
                Map.of("sensors", "C,E", "fired", "C", "times", "C=300"), ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertEquals("times", e.key());
    }

    @Test
    void brokenNetworkGivesAnErrorNamingFileAndLineNotATrace(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("broken.inp");
        Files.writeString(net, TestData.TREE.replace("DE  D  E  100", "DE  D  Q  100"), StandardCharsets.UTF_8);
        ModelException e = assertThrows(ModelException.class, () -> service(ModelRunner.class).run("tracing.placement",
                Optional.of(net), Map.of("k", "1"), ProgressMonitor.NULL, Duration.ofSeconds(30)));
        int line = List.of(TestData.TREE.split("\n")).indexOf("DE  D  E  100  0.013  0  0  0  0") + 1;
        assertTrue(e.getMessage().contains("broken.inp:" + line + ": error: conduit 'DE' refers to node 'Q'"), e.getMessage());
    }

    @Test
    void placementRunsThroughTheRunner(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("placement.inp");
        Files.writeString(net, TestData.PLACEMENT, StandardCharsets.UTF_8);
        JsonObject json = run("tracing.placement", net, Map.of("k", "2"), dir.resolve("out"));
        // Worked by hand in PlacementTest: B (5 → 2.6), then C (→ 1.8).
        assertEquals(5.0, json.get("before").getAsDouble(), 1e-12);
        assertEquals(1.8, json.get("after").getAsDouble(), 1e-12);
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals("B", steps.get(0).getAsJsonObject().get("node").getAsString());
        assertEquals(2.6, steps.get(0).getAsJsonObject().get("after").getAsDouble(), 1e-12);
        assertEquals(2.6, steps.get(1).getAsJsonObject().get("before").getAsDouble(), 1e-12);
        assertEquals("C", json.getAsJsonArray("chosen").get(1).getAsString());
    }
}
