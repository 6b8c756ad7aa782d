package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Keyness per park type / region (customer.coword) and preference profiles (customer.classify) on the demo transcripts. */
class SegmentsModelTest {

    private static JsonObject run(String model, Path dir, Path out) throws Exception {
        ModelRunner runner = Services.get(ModelRunner.class);
        ModelResult result = runner.run(model, Optional.of(dir), Map.of(), ProgressMonitor.NULL, Duration.ofMinutes(2));
        List<Path> files = result.writeTo(out);
        return JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
    }

    @Test
    void keynessPerParkTypeAndRegion(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        JsonObject json = run("customer.coword", dir, tmp.resolve("out"));
        JsonObject keyness = json.getAsJsonObject("keyness");
        JsonObject admin = keyness.getAsJsonObject("parkType").getAsJsonObject("administrative_park");
        assertEquals(2, admin.get("documents").getAsInt());
        JsonObject top = admin.getAsJsonArray("moreThanOthers").get(0).getAsJsonObject();
        long a = top.get("inGroup").getAsLong();
        long b = top.get("inRest").getAsLong();
        assertTrue(top.get("p").getAsDouble() < 0.05, top.toString());
        assertTrue(a >= 2 && top.getAsJsonArray("documents").size() >= 1, top.toString());
        for (JsonElement f : top.getAsJsonArray("documents")) {
            String file = f.getAsString();
            assertTrue(file.contains("dyeing") || file.contains("tannery"), "only the dyeing and tanning parks are administrative: " + file);
        }
        assertTrue(keyness.getAsJsonObject("region").has("浙江"));
        assertTrue(Files.isRegularFile(tmp.resolve("out/keyness.csv")));
        // the documents carry the optional city and sub-type columns
        JsonObject first = json.getAsJsonArray("documents").get(0).getAsJsonObject();
        assertEquals("吕梁", first.get("city").getAsString());
        assertEquals("煤化工", first.get("park_subtype").getAsString());
        assertTrue(b >= 0 && b < a * 10, top.toString());
    }

    @Test
    void preferenceProfilePerClassLinksTranscripts(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        JsonObject json = run("customer.classify", dir, tmp.resolve("out"));
        var profiles = json.getAsJsonArray("profiles");
        assertEquals(3, profiles.size());
        for (JsonElement p : profiles) {
            JsonObject profile = p.getAsJsonObject();
            assertEquals(2, profile.getAsJsonArray("documents").size(), profile.get("class").toString());
            var needs = profile.getAsJsonArray("needs");
            assertEquals(7, needs.size());
            for (JsonElement n : needs) {
                JsonObject need = n.getAsJsonObject();
                long sum = need.getAsJsonObject("documents").entrySet().stream().mapToLong(e -> e.getValue().getAsLong()).sum();
                assertEquals(need.get("mentions").getAsLong(), sum, "mentions = sum over the supporting transcripts: " + need);
                long cues = need.getAsJsonObject("cues").entrySet().stream().mapToLong(e -> e.getValue().getAsLong()).sum();
                assertEquals(sum, cues, need.toString());
            }
        }
        assertTrue(Files.isRegularFile(tmp.resolve("out/profiles.csv")));
    }
}
