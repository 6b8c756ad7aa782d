package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.EnglishMessages;
import org.steward.testing.Osgi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The finished evaluation of the demo workspace (releng/demo-workspace) runs and says what its README promises. */
@ExtendWith(EnglishMessages.class)
class DemoWorkspaceTest {
    private static final Path DEMO = Path.of("../../releng/demo-workspace").toAbsolutePath().normalize();

    private static JsonObject run(String id, Path input, Map<String, String> params, String out) throws Exception {
        Osgi.start("org.steward.core", "org.steward.partner");
        ModelRunner runner = Osgi.service(ModelRunner.class);
        Osgi.service(ModelCatalog.class, c -> c.descriptor(id).isPresent(), Osgi.DEFAULT_WAIT);
        ModelResult r = runner.run(id, Optional.of(input), params, ProgressMonitor.NULL, Duration.ofSeconds(60));
        Path dir = Path.of("target/demo/" + out);
        return JsonParser.parseString(Files.readString(r.writeTo(dir).get(0))).getAsJsonObject();
    }

    @Test
    void screeningOfTheDemoVendors() throws Exception {
        JsonObject json = run("partner.screen", DEMO.resolve("vendors"), Map.of(), "screen");
        // by hand from vendors/*.md and partners/screening-rules.txt: only v-01, v-03, v-06 measure COD and conductivity,
        // have >= 20 R&D staff, price band <= D and pipe-network references
        assertEquals("[\"v-01\",\"v-03\",\"v-06\"]", json.getAsJsonArray("shortlist").toString());
        assertEquals(5, json.getAsJsonArray("excluded").size());
    }

    @Test
    void finishedDecisionOfTheDemo() throws Exception {
        JsonObject json = run("partner.decision", DEMO.resolve("partners/decision.md"), Map.of(), "decision");
        assertEquals("v-03", json.getAsJsonArray("chosen").get(0).getAsJsonObject().get("vendor").getAsString());
        assertEquals("[\"v-03\",\"v-01\",\"v-06\"]", json.getAsJsonObject("topsis").getAsJsonArray("ranking").toString());
        assertEquals("pass", json.getAsJsonObject("sampleTests").getAsJsonObject("v-03").get("verdict").getAsString());
        assertEquals("pass", json.getAsJsonObject("sampleTests").getAsJsonObject("v-01").get("verdict").getAsString());
        assertEquals("fail", json.getAsJsonObject("sampleTests").getAsJsonObject("v-06").get("verdict").getAsString());
        assertEquals(0, json.getAsJsonArray("warnings").size(), json.getAsJsonArray("warnings").toString());
        assertTrue(Files.readString(Path.of("target/demo/decision/decision-report.html")).contains("清源光谱"));
    }
}
