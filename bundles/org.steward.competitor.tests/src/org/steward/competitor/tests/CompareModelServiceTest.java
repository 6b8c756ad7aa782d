package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.steward.core.io.Exporter;
import org.steward.core.io.Importer;
import org.steward.core.model.ModelDescriptor;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.testing.EnglishMessages;
import org.steward.testing.Osgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** competitor.compare found by the catalogue through DS and run by the runner on the shipped examples. */
@ExtendWith(EnglishMessages.class)
class CompareModelServiceTest {
    private static final String ID = "competitor.compare";

    private static BundleContext context() {
        Osgi.start("org.steward.core", "org.steward.competitor");
        return FrameworkUtil.getBundle(CompareModelServiceTest.class).getBundleContext();
    }

    private static <T> T service(Class<T> type) {
        context();
        return Osgi.service(type);
    }

    private static ModelCatalog catalog() {
        context();
        return Osgi.service(ModelCatalog.class, c -> c.descriptor(ID).isPresent(), Osgi.DEFAULT_WAIT);
    }

    @Test
    void modelIsInTheCatalogueUnderCompetitors() throws Exception {
        ModelCatalog catalog = catalog();
        ModelDescriptor d = catalog.descriptor(ID).orElseThrow(() -> new AssertionError(ID + " missing: " + catalog.models()));
        assertEquals("Competitors", d.category());
        assertEquals("org.steward.competitor", d.bundle());
    }

    @Test
    void importersAndExportersAreRegistered() throws Exception {
        BundleContext ctx = context();
        service(Importer.class);
        int importers = 0;
        for (ServiceReference<?> ref : ctx.getServiceReferences(Importer.class, null)) {
            if (ref.getBundle().getSymbolicName().equals("org.steward.competitor")) {
                importers++;
            }
        }
        assertEquals(2, importers);
        List<Object> types = ctx.getServiceReferences(Exporter.class, null).stream()
                .filter(r -> r.getBundle().getSymbolicName().equals("org.steward.competitor"))
                .map(r -> r.getProperty("steward.exporter.mediaType")).toList();
        assertTrue(types.containsAll(List.of("text/csv", "text/markdown", "text/html")), types.toString());
    }

    /** The services themselves, found by media type: import the examples' CSV export, write the HTML report. */
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void importerAndExporterServicesWork(@TempDir Path dir) throws Exception {
        BundleContext ctx = context();
        service(Exporter.class);
        Path input = Fixtures.examples(dir);
        Path csv = dir.resolve("all.csv");
        Exporter csvOut = exporter(ctx, "text/csv");
        Importer markdownIn = null;
        for (ServiceReference<Importer> ref : ctx.getServiceReferences(Importer.class, "(steward.importer.mediaType=text/markdown)")) {
            if (ref.getBundle().getSymbolicName().equals("org.steward.competitor")) {
                markdownIn = ctx.getService(ref);
            }
        }
        Object one = markdownIn.read(input.resolve("02-jianghuai.md"), ProgressMonitor.NULL);
        assertEquals(1, ((org.steward.competitor.model.CompetitorSet) one).competitors().size());
        Object all = org.steward.competitor.io.CompetitorReader.read(input);
        csvOut.write(all, csv, ProgressMonitor.NULL);
        assertEquals(10, Files.readAllLines(csv).size());
        Path html = dir.resolve("report.html");
        exporter(ctx, "text/html").write(all, html, ProgressMonitor.NULL);
        assertTrue(Files.readString(html).contains("data:image/png;base64,iVBORw0KGgo"), "PNG embedded as base64");
    }

    @SuppressWarnings("rawtypes")
    private static Exporter exporter(BundleContext ctx, String mediaType) throws Exception {
        for (ServiceReference<Exporter> ref : ctx.getServiceReferences(Exporter.class, "(steward.exporter.mediaType=" + mediaType + ")")) {
            if (ref.getBundle().getSymbolicName().equals("org.steward.competitor")) {
                return ctx.getService(ref);
            }
        }
        throw new AssertionError("no exporter " + mediaType);
    }

    @Test
    void runsOnTheExamples(@TempDir Path dir) throws Exception {
        Path input = Fixtures.examples(dir);
        catalog();
        ModelResult result = service(ModelRunner.class).run(ID, Optional.of(input), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(60));
        Path out = dir.resolve("out");
        List<Path> files = result.writeTo(out);
        JsonObject json = JsonParser.parseString(Files.readString(files.get(0))).getAsJsonObject();
        assertEquals(0, json.getAsJsonArray("errors").size(), json.get("errors").toString());
        assertEquals("清源工业水务环保管家板块", json.get("us").getAsString());
        JsonArray comps = json.getAsJsonArray("competitors");
        assertEquals(9, comps.size());
        JsonObject jianghuai = find(comps, "江淮水务集团有限公司");
        // by hand from 00-us.md and 02-jianghuai.md: gaps IL 5−3 = +2, OP 5−4 = +1, OL 4−3 = +1, MS 3−2 = +1, SV 4−3 = +1,
        // FI 4−3 = +1, HR 3−3 = 0, TD 3−2 = +1, PR 4−3 = +1 → 9/9 = +1.00 ≥ 1; forces of 园区污水处理运营 (us and 江淮):
        // rivalry (4+5)/2 = 4.5, entrants 3, substitutes 2, suppliers 3, buyers 5 → 17.5/5 = 3.5 ≥ 3.5 → avoid
        assertEquals(2, jianghuai.getAsJsonObject("gaps").get("inbound-logistics").getAsInt());
        assertEquals(1.0, jianghuai.get("meanGap").getAsDouble(), 1e-12);
        JsonObject rec = jianghuai.getAsJsonArray("recommendations").get(0).getAsJsonObject();
        assertEquals("avoid", rec.get("action").getAsString());
        assertEquals("A", rec.get("rule").getAsString());
        // cost mean (5+5+4+4)/4 = 4.5 → cost; two business lines and a 5 → focus
        assertEquals("[\"cost\",\"focus\"]", jianghuai.get("advantageSources").toString());
        assertEquals(4.5, json.getAsJsonObject("fiveForces").getAsJsonObject("园区污水处理运营").getAsJsonObject("rivalry")
                .get("mean").getAsDouble(), 1e-12);
        // 衡测 in 管网监测溯源: both; leads where we score ≤ 2: TD 5−2 = +3 and MS 3−2 = +1 → partner (P2)
        JsonObject hengce = find(comps, "衡测环境监测科技股份有限公司").getAsJsonArray("recommendations").get(0).getAsJsonObject();
        assertEquals("partner", hengce.get("action").getAsString());
        assertEquals("P2", hengce.get("rule").getAsString());
        assertEquals("competing", json.getAsJsonObject("relationMatrix").getAsJsonObject("rows")
                .getAsJsonObject("蓝澄环保管家服务有限公司").get("环保管家").getAsString());
        assertEquals("competitor,us,inbound-logistics,operations,outbound-logistics,marketing-and-sales,service,firm-infrastructure,"
                + "human-resources,technology-development,procurement,mean", Files.readAllLines(out.resolve("chains.csv")).get(0));
        assertEquals(10, Files.readAllLines(out.resolve("chains.csv")).size());
        assertEquals(9, Files.readAllLines(out.resolve("gaps.csv")).size());
        BufferedImage png = ImageIO.read(out.resolve("chains.png").toFile());
        assertEquals(1048, png.getWidth());
        assertEquals(96 + 9 * 34 + 56, png.getHeight());
        assertTrue(Files.readString(out.resolve("chains.svg")).contains("江淮水务集团有限公司"));
    }

    @Test
    void badRecordsAreListedAndTheRestAnalysed(@TempDir Path dir) throws Exception {
        Path input = Fixtures.examples(dir);
        Files.writeString(input.resolve("99-bad.md"), "---\nname: 坏记录\n---\n| 活动 | 评分 |\n|---|---|\n| 运营 | 7 |\n");
        catalog();
        ModelResult result = service(ModelRunner.class).run(ID, Optional.of(input), Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) result.json().get("errors");
        // 运营 out of range (line 6) and the eight activities without rows (reported at the header, line 4)
        assertEquals(9, errors.size(), errors.toString());
        assertEquals("99-bad.md", errors.get(0).get("file"));
        assertEquals(6, errors.get(0).get("line"));
        assertEquals("chain.operations.score", errors.get(0).get("field"));
        assertEquals(10, ((List<?>) result.json().get("competitors")).size());
    }

    @Test
    void emptyFolderIsAClearError(@TempDir Path dir) throws Exception {
        catalog();
        ModelException e = assertThrows(ModelException.class, () -> service(ModelRunner.class).run(ID, Optional.of(dir), Map.of(),
                ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("no .md or .csv competitor records"), e.getMessage());
    }

    private static JsonObject find(JsonArray comps, String name) {
        for (JsonElement e : comps) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(name + " missing");
    }
}
