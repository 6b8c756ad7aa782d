package org.steward.samples.textstats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.Osgi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The sample model found through DS by the catalogue and run through the runner, as both runtimes do. */
class TextStatisticsServiceTest {

    private static <T> T service(Class<T> type) {
        Osgi.start("org.steward.core", "org.steward.samples.textstats");
        return Osgi.service(type);
    }

    @Test
    void sampleModelIsInTheCatalogueWithItsProperties() throws Exception {
        ModelCatalog catalog = service(ModelCatalog.class);
        ModelDescriptor d = catalog.descriptor("samples.textstats").orElseThrow(
                () -> new AssertionError("sample model missing; present: " + catalog.models()));
        assertEquals("Samples", d.category());
        assertEquals("org.steward.samples.textstats", d.bundle());
        assertEquals("1.0.0", d.version());
    }

    @Test
    void countsFilesAndSkipsOnesThatAreNotUtf8(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "one two\nthree\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.md"), "\uFEFF管网", StandardCharsets.UTF_8);
        Files.write(dir.resolve("c.txt"), "园区管委".getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("ignored.csv"), "x,y", StandardCharsets.UTF_8);
        ModelRunner runner = service(ModelRunner.class);
        ModelResult result = runner.run("samples.textstats", Optional.of(dir), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(30));
        Path out = dir.resolve("out");
        List<Path> files = result.writeTo(out);
        JsonObject json = JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
        JsonObject totals = json.getAsJsonObject("totals");
        assertEquals(2, totals.get("files").getAsInt());
        assertEquals(5, totals.get("words").getAsInt()); // one two three + 管 网
        assertEquals(16, totals.get("characters").getAsInt()); // 14 in a.txt, 2 in b.md (BOM removed)
        assertEquals(3, totals.get("lines").getAsInt());
        assertEquals("c.txt", json.getAsJsonArray("skipped").get(0).getAsJsonObject().get("file").getAsString());
        assertTrue(json.getAsJsonArray("skipped").get(0).getAsJsonObject().get("reason").getAsString().contains("UTF-8"));
        assertEquals("file,characters,words,lines", Files.readAllLines(out.resolve("files.csv")).get(0));
    }
}
