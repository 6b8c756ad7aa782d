package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.Osgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Model tracing.detect through DS and the runner: a CSV of readings in, events in result.json out. */
class DetectModelTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    @BeforeAll
    static void englishMessages() {
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    private static <T> T service(Class<T> type) {
        Osgi.start("org.steward.core", "org.steward.tracing");
        return Osgi.service(type);
    }

    @Test
    void findsTheStepInACsvOfReadings(@TempDir Path dir) throws Exception {
        ModelCatalog catalog = service(ModelCatalog.class);
        for (int i = 0; i < 250 && catalog.descriptor("tracing.detect").isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals("Tracing", catalog.descriptor("tracing.detect").orElseThrow().category());
        // S1 cod alternates 99/101 (robust σ 1.4826); +30 from minute 120 to 122 is z ≈ 20: one event from minute 120
        StringBuilder csv = new StringBuilder("sensor,parameter,timestamp,value\n");
        for (int m = 0; m < 300; m++) {
            double v = (m % 2 == 0 ? 99 : 101) + (m >= 120 && m < 123 ? 30 : 0);
            csv.append("S1,COD,").append(T0.plusSeconds(60L * m)).append(',').append(v).append('\n');
            csv.append("S2,ph,").append(T0.plusSeconds(60L * m)).append(',').append(m % 2 == 0 ? 7.1 : 7.3).append('\n');
        }
        Path in = dir.resolve("readings.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        ModelResult r = service(ModelRunner.class).run("tracing.detect", Optional.of(in), Map.of("park", "demo"),
                ProgressMonitor.NULL, Duration.ofSeconds(60));
        List<Path> files = r.writeTo(dir.resolve("out"));
        JsonObject json = JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
        assertEquals(600, json.get("readings").getAsInt());
        assertEquals(1, json.get("eventCount").getAsInt());
        JsonObject e = json.getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("demo-20261120T020000Z-1", e.get("id").getAsString());
        assertEquals(T0.plusSeconds(7200).toString(), e.get("start").getAsString());
        assertEquals("cod", e.getAsJsonArray("parameters").get(0).getAsString());
        JsonArray sensors = e.getAsJsonArray("sensors");
        assertEquals(1, sensors.size());
        assertEquals("S1", sensors.get(0).getAsJsonObject().get("sensor").getAsString());
        assertTrue(Instant.parse(e.get("end").getAsString()).isAfter(T0.plusSeconds(121 * 60)));
        assertEquals("id,start,peak,end,sensors,parameters", Files.readAllLines(dir.resolve("out/events.csv")).get(0));
    }

    @Test
    void badLinesNameFileAndLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "sensor,parameter,timestamp,value\nS1,cod,2026-11-20T00:00:00Z,12\nS1,cod,yesterday,13\n",
                StandardCharsets.UTF_8);
        ModelRunner runner = service(ModelRunner.class);
        ModelException e = assertThrows(ModelException.class, () -> runner.run("tracing.detect", Optional.of(in), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("bad.csv:3: timestamp 'yesterday' is not ISO-8601"), e.getMessage());
        Files.writeString(in, "S1,cod,2026-11-20T00:00:00Z,NaN\n", StandardCharsets.UTF_8);
        e = assertThrows(ModelException.class, () -> runner.run("tracing.detect", Optional.of(in), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("bad.csv:1: value 'NaN' is not a finite number"), e.getMessage());
        Files.writeString(in, "S1;cod;2026-11-20T00:00:00Z;1\n", StandardCharsets.UTF_8);
        e = assertThrows(ModelException.class, () -> runner.run("tracing.detect", Optional.of(in), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("bad.csv:1: has 1 fields but needs 4"), e.getMessage());
    }
}
