package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** customer.coword end to end: found by the catalogue, run by the runner on the shipped demo transcripts. */
class CowordModelTest {

    private static JsonObject run(Path dir, Map<String, String> params, Path out) throws Exception {
        ModelRunner runner = Services.get(ModelRunner.class);
        ModelResult result = runner.run("customer.coword", Optional.of(dir), params, ProgressMonitor.NULL, Duration.ofMinutes(2));
        List<Path> files = result.writeTo(out);
        return JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
    }

    private static Set<String> strings(JsonArray a, String field) {
        Set<String> s = new HashSet<>();
        for (JsonElement e : a) {
            s.add(e.getAsJsonObject().get(field).getAsString());
        }
        return s;
    }

    @Test
    void bothModelsAreInTheCatalogue() throws Exception {
        ModelCatalog catalog = Services.get(ModelCatalog.class);
        for (String id : List.of("customer.coword", "customer.classify")) {
            ModelDescriptor d = catalog.descriptor(id).orElseThrow(() -> new AssertionError(id + " missing: " + catalog.models()));
            assertEquals("Customers", d.category());
            assertEquals("org.steward.customer", d.bundle());
        }
    }

    @Test
    void demoTranscriptsGiveTermsClustersMapAndParkTypes(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        // Files that must be skipped, each with its reason.
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("scan.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0 });
        // Bad metadata lines: a missing column, an extra column, an unknown file. The good lines still count.
        List<String> meta = new ArrayList<>(Files.readAllLines(dir.resolve("metadata.csv"), StandardCharsets.UTF_8));
        meta.add("missing-column.txt,某园区,山东,industrial_chain");
        meta.add("2025-04-02-ningxia-petrochem.txt,宁夏,宁夏,industrial_chain,2025-04-02,银川,石化,extra");
        meta.add("no-such-file.txt,某园区,山东,industrial_chain,2025-01-01,济南,化工");
        Files.write(dir.resolve("metadata.csv"), meta, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        JsonObject json = run(dir, Map.of("topN", "30"), out);

        JsonArray docs = json.getAsJsonArray("documents");
        assertEquals(6, docs.size(), "the six demo transcripts");
        String tanneryEncoding = null;
        for (JsonElement e : docs) {
            JsonObject d = e.getAsJsonObject();
            assertTrue(d.get("tokens").getAsLong() > 100, d.toString());
            if (d.get("file").getAsString().contains("tannery")) {
                tanneryEncoding = d.get("encoding").getAsString();
            }
        }
        assertEquals("GBK", tanneryEncoding, "the tannery transcript is shipped in GBK");
        JsonArray skipped = json.getAsJsonArray("skipped");
        assertEquals(Set.of("empty.txt", "scan.txt"), strings(skipped, "file"));
        for (JsonElement e : skipped) {
            String reason = e.getAsJsonObject().get("reason").getAsString();
            assertTrue(reason.contains("empty") || reason.contains("binary"), reason);
        }
        List<String> problems = new ArrayList<>();
        json.getAsJsonArray("metadataProblems").forEach(p -> problems.add(p.getAsString()));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("line 8") && problems.get(0).contains("4 cells"), problems.get(0));
        assertTrue(problems.get(1).contains("line 9") && problems.get(1).contains("8 cells"), problems.get(1));
        assertTrue(problems.get(2).contains("line 10") && problems.get(2).contains("no-such-file.txt"), problems.get(2));

        assertTrue(json.get("tokens").getAsLong() > 1000);
        JsonArray terms = json.getAsJsonArray("terms");
        assertEquals(30, terms.size());
        Set<String> top = strings(terms, "term");
        assertTrue(top.contains("管网溯源"), "管网溯源 is in every transcript: " + top);
        assertTrue(top.contains("在线监测"), top.toString());
        for (JsonElement e : terms) {
            JsonObject t = e.getAsJsonObject();
            assertTrue(t.get("df").getAsInt() <= 6 && t.get("df").getAsInt() >= 1);
            assertTrue(t.get("tf").getAsLong() >= t.get("df").getAsInt());
        }
        JsonArray clusters = json.getAsJsonArray("clusters");
        assertTrue(clusters.size() >= 2, clusters.toString());
        int members = 0;
        for (JsonElement c : clusters) {
            members += c.getAsJsonObject().getAsJsonArray("terms").size();
        }
        assertEquals(30, members, "every mapped term in exactly one cluster");

        JsonObject byType = json.getAsJsonObject("termsByParkType");
        assertEquals(Set.of("industrial_chain", "administrative_park", "agglomeration_zone"), byType.keySet());
        assertEquals(2, byType.getAsJsonObject("administrative_park").get("documents").getAsInt());
        Set<String> dyeingTanning = strings(byType.getAsJsonObject("administrative_park").getAsJsonArray("terms"), "term");
        assertTrue(dyeingTanning.contains("偷排"), "dyeing and tannery parks talk of illicit discharges: " + dyeingTanning);
        assertTrue(json.getAsJsonObject("termsByRegion").has("山西"));

        for (String f : List.of("result.json", "terms.csv", "cooccurrence.csv", "clusters.csv", "map.png", "map.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals("term,tf,df,tfidf,occurrences,cluster,x,y", Files.readAllLines(out.resolve("terms.csv")).get(0));
        BufferedImage png = ImageIO.read(out.resolve("map.png").toFile());
        assertEquals(1600, png.getWidth());
        assertTrue(json.getAsJsonObject("map").get("labels").getAsBoolean(), "a CJK font is installed here");
        assertTrue(Files.readString(out.resolve("map.svg")).contains(">管网溯源</text>"));
    }

    @Test
    void sentenceLevelAndEveryNormalisationRun(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        for (String n : List.of("association", "cosine", "jaccard", "inclusion", "equivalence")) {
            JsonObject json = run(dir, Map.of("level", "sentence", "normalization", n, "topN", "20"), tmp.resolve("out-" + n));
            assertEquals(20, json.getAsJsonArray("terms").size(), n);
            assertTrue(json.getAsJsonObject("formulas").get("units").getAsString().endsWith("sentences"));
            List<String> pairs = Files.readAllLines(tmp.resolve("out-" + n).resolve("cooccurrence.csv"));
            assertTrue(pairs.size() > 10, n);
            if (n.equals("inclusion") || n.equals("jaccard") || n.equals("cosine") || n.equals("equivalence")) {
                for (String line : pairs.subList(1, pairs.size())) {
                    double s = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
                    assertTrue(s > 0 && s <= 1.0, n + " is a share, at most 1: " + line);
                }
            }
        }
    }

    @Test
    void sameSeedSameClusters(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        JsonObject a = run(dir, Map.of("seed", "7", "threads", "1"), tmp.resolve("a"));
        JsonObject b = run(dir, Map.of("seed", "7", "threads", "2"), tmp.resolve("b"));
        assertEquals(a.get("clusters"), b.get("clusters"));
        assertEquals(a.get("terms"), b.get("terms"));
    }

    @Test
    void badParametersAndInputAreNamed(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        ModelRunner runner = Services.get(ModelRunner.class);
        ParameterException e = assertThrows(ParameterException.class, () -> runner.run("customer.coword", Optional.of(dir),
                Map.of("normalization", "pmi"), ProgressMonitor.NULL, Duration.ofMinutes(1)));
        assertEquals("normalization", e.key());
        ParameterException d = assertThrows(ParameterException.class, () -> runner.run("customer.coword", Optional.of(dir),
                Map.of("userDictionary", tmp.resolve("nope.txt").toString()), ProgressMonitor.NULL, Duration.ofMinutes(1)));
        assertEquals("userDictionary", d.key());
        assertTrue(d.getMessage().contains("nope.txt"), d.getMessage());
        Path empty = Files.createDirectories(tmp.resolve("none"));
        Exception x = assertThrows(Exception.class, () -> runner.run("customer.coword", Optional.of(empty), Map.of(),
                ProgressMonitor.NULL, Duration.ofMinutes(1)));
        assertTrue(x.getMessage().contains(".txt"), x.getMessage());
        assertFalse(x.getMessage().isBlank());
    }
}
