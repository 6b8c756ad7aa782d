package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterException;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelCatalog;
import org.steward.core.runtime.ModelRunner;
import org.steward.partner.screen.Rule;
import org.steward.partner.screen.Rules;
import org.steward.partner.screen.RulesException;
import org.steward.partner.screen.Screening;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorProblem;
import org.steward.partner.vendor.VendorReader;
import org.steward.testing.EnglishMessages;
import org.steward.testing.Osgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Screening rules on hand-made vendors; the expected shortlist and reasons are worked out by hand in the comments. */
@ExtendWith(EnglishMessages.class)
class ScreeningTest {

    private static Vendor vendor(String id, String fields) {
        List<VendorProblem> p = new ArrayList<>();
        Vendor v = VendorReader.read(id + ".md", "---\ntype: vendor\nid: " + id + "\nname: " + id + "\n" + fields + "---\n", p).orElseThrow();
        assertEquals(List.of(), p);
        return v;
    }

    // A: COD+EC, 45 staff, band B, network yes, tested        → passes all four rules
    // B: COD only, 60 staff, band A                           → lacks conductivity
    // C: COD+EC, 12 staff, band D                             → rdStaff 12 < 20 and priceBand D > B (two reasons)
    // D: COD+EC, staff not recorded, band B                   → rdStaff not recorded
    private static List<Vendor> vendors() {
        return List.of(
                vendor("A", "parameters: [COD, conductivity]\nrdStaff: 45\npriceBand: B\npipeNetwork: yes\npipeline:\n  contacted: 2026-01-01\n"
                        + "  samplesRequested: 2026-01-05\n  samplesReceived: 2026-01-20\n  tested: 2026-02-01\n"),
                vendor("B", "parameters: [COD]\nrdStaff: 60\npriceBand: A\n"),
                vendor("C", "parameters: [cod, EC]\nrdStaff: 12\npriceBand: D\n"),
                vendor("D", "parameters: [COD, 电导率]\npriceBand: B\n"));
    }

    @Test
    void shortlistAndReasons() throws Exception {
        List<Rule> rules = Rules.parse("r.txt", List.of("# must-haves", "measures: COD, conductivity", "", "rdStaff >= 20", "priceBand <= B"));
        List<Screening.Outcome> out = Screening.apply(vendors(), rules);
        assertEquals(List.of(true, false, false, false), out.stream().map(Screening.Outcome::shortlisted).toList());
        assertEquals(List.of("does not measure conductivity"), reasons(out.get(1)));
        assertEquals(List.of("rdStaff is 12, rule wants >= 20", "priceBand is D, rule wants <= B"), reasons(out.get(2)));
        assertEquals(List.of("rdStaff is not recorded"), reasons(out.get(3)));
        assertEquals(4, out.get(2).reasons().get(0).rule().line());
    }

    @Test
    void flagsStagesCertificatesAndOperators() throws Exception {
        List<Screening.Outcome> out = Screening.apply(vendors(),
                Rules.parseInline("pipeNetwork = yes; stage >= tested; rdStaff > 45; rdStaff != 12"));
        // A: network yes, stage tested, staff 45 is not > 45 → one reason; B: network not recorded, no stage, 60 > 45 ok
        assertEquals(List.of("rdStaff is 45, rule wants > 45"), reasons(out.get(0)));
        assertEquals(List.of("pipeNetwork is not recorded", "pipeline stage is -, rule wants >= tested"), reasons(out.get(1)));
        assertEquals(4, reasons(out.get(2)).size()); // C: network unknown, no stage, 12 not > 45, 12 == 12
        Vendor cert = vendor("E", "certifications:\n  - ccep\n  - CMA\n");
        assertEquals(List.of(), Screening.apply(List.of(cert), Rules.parseInline("certifications: CCEP, cma")).get(0).reasons());
        assertEquals("does not hold ISO 9001",
                Screening.apply(List.of(cert), Rules.parseInline("certifications: CCEP, ISO 9001")).get(0).reasons().get(0).reason());
    }

    @Test
    void badRulesNameTheLine() {
        RulesException e = assertThrows(RulesException.class, () -> Rules.parse("rules.txt",
                List.of("measures: COD, chlorophyll", "staff >= 3", "rdStaff >= many", "priceBand <= Z", "tracing > yes", "just words",
                        "stage >= signed", "colour: red")));
        List<String> p = e.problems().stream().map(VendorProblem::toString).toList();
        assertEquals(8, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("rules.txt:1: rule: 'chlorophyll' is not a parameter"), p.get(0));
        assertTrue(p.get(1).startsWith("rules.txt:2: rule: unknown field 'staff'"), p.get(1));
        assertTrue(p.get(2).startsWith("rules.txt:3: rule: rdStaff: 'many' is not a whole number"), p.get(2));
        assertTrue(p.get(3).startsWith("rules.txt:4: rule: price band 'Z'"), p.get(3));
        assertTrue(p.get(4).startsWith("rules.txt:5: rule: tracing can only be compared with = or !="), p.get(4));
        assertTrue(p.get(5).startsWith("rules.txt:6: rule: cannot read 'just words' as a rule"), p.get(5));
        assertTrue(p.get(6).startsWith("rules.txt:7: rule: 'signed' is not a pipeline stage"), p.get(6));
        assertTrue(p.get(7).startsWith("rules.txt:8: rule: 'colour:' is not a list rule"), p.get(7));
        assertThrows(RulesException.class, () -> Rules.parse("empty.txt", List.of("# nothing", "")));
    }

    private static List<String> reasons(Screening.Outcome o) {
        return o.reasons().stream().map(Screening.Exclusion::reason).toList();
    }

    private static JsonObject run(Path input, Map<String, String> params, Path out) throws Exception {
        Osgi.start("org.steward.core", "org.steward.partner");
        ModelRunner runner = Osgi.service(ModelRunner.class);
        Osgi.service(ModelCatalog.class, c -> c.descriptor("partner.screen").isPresent(), Osgi.DEFAULT_WAIT);
        ModelResult r = runner.run("partner.screen", Optional.of(input), params, ProgressMonitor.NULL, Duration.ofSeconds(60));
        return JsonParser.parseString(Files.readString(r.writeTo(out).get(0))).getAsJsonObject();
    }

    @Test
    void modelFindsTheRulesFileBesideTheVendors(@TempDir Path dir) throws Exception {
        Path vendors = Files.createDirectories(dir.resolve("vendors"));
        Files.writeString(vendors.resolve("v-01.md"), VendorRecordsTest.FULL, StandardCharsets.UTF_8);
        Files.writeString(vendors.resolve("v-02.md"), "---\ntype: vendor\nid: v-02\nname: Small\nparameters: [COD]\nrdStaff: 5\n---\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("partners"));
        Files.writeString(dir.resolve("partners/screening-rules.txt"), "measures: COD, conductivity\nrdStaff >= 20\n", StandardCharsets.UTF_8);
        JsonObject json = run(vendors, Map.of(), dir.resolve("out"));
        assertEquals("[\"v-01\"]", json.getAsJsonArray("shortlist").toString());
        JsonArray excluded = json.getAsJsonArray("excluded");
        assertEquals("v-02", excluded.get(0).getAsJsonObject().get("vendor").getAsString());
        assertEquals("[\"measures: COD, conductivity → does not measure conductivity\",\"rdStaff >= 20 → rdStaff is 5, rule wants >= 20\"]",
                excluded.get(0).getAsJsonObject().getAsJsonArray("reasons").toString());
        assertEquals("vendor,name,status,reasons", Files.readAllLines(dir.resolve("out/screening.csv")).get(0));
        // inline rules take precedence over the file
        JsonObject inline = run(vendors, Map.of("rules", "rdStaff >= 1"), dir.resolve("out2"));
        assertEquals(2, inline.getAsJsonArray("shortlist").size());
    }

    @Test
    void modelErrorsNameFileLineAndField(@TempDir Path dir) throws Exception {
        Path vendors = Files.createDirectories(dir.resolve("vendors"));
        Files.writeString(vendors.resolve("v-01.md"), "---\nname: X\npriceBand: Z\n---\n", StandardCharsets.UTF_8);
        Osgi.start("org.steward.core", "org.steward.partner");
        ModelRunner runner = Osgi.service(ModelRunner.class);
        Osgi.service(ModelCatalog.class, c -> c.descriptor("partner.screen").isPresent(), Osgi.DEFAULT_WAIT);
        ModelException e = assertThrows(ModelException.class, () -> runner.run("partner.screen", Optional.of(vendors),
                Map.of("rules", "rdStaff >= 1"), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("v-01.md:3: priceBand: price band 'Z'"), e.getMessage());
        Files.writeString(vendors.resolve("v-01.md"), "---\nname: X\n---\n", StandardCharsets.UTF_8);
        ModelException bad = assertThrows(ModelException.class, () -> runner.run("partner.screen", Optional.of(vendors),
                Map.of("rules", "rdStaff >= 1; budget < 3"), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertTrue(bad.getMessage().contains("rules:2: rule: unknown field 'budget'"), bad.getMessage());
        ParameterException none = assertThrows(ParameterException.class, () -> runner.run("partner.screen", Optional.of(vendors),
                Map.of(), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertEquals("rulesFile", none.key());
        ParameterException missing = assertThrows(ParameterException.class, () -> runner.run("partner.screen", Optional.of(vendors),
                Map.of("rulesFile", "nowhere.txt"), ProgressMonitor.NULL, Duration.ofSeconds(60)));
        assertTrue(missing.getMessage().contains("nowhere.txt"), missing.getMessage());
    }
}
