package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.partner.vendor.Stage;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorFolder;
import org.steward.partner.vendor.VendorProblem;
import org.steward.partner.vendor.VendorReader;
import org.steward.testing.EnglishMessages;

/** Vendor records in the workspace record format (docs/workspace.md): fields read, every bad field named with file and line. */
@ExtendWith(EnglishMessages.class)
class VendorRecordsTest {

    static final String FULL = """
            ---
            type: vendor
            id: v-01
            name: 青澜传感（虚构）
            fictional: true
            location: 江苏无锡
            products:
              - QL-COD200
              - "QL-EC10, 电导率"
            parameters:
              - COD
              - NH3-N
              - 电导率
              - pH
            rdStaff: 45
            patents: 18
            certifications: [CCEP, ISO 9001]
            pipeNetwork: yes
            tracing: no
            priceBand: b
            pipeline:
              contacted: 2026-01-12
              samplesRequested: 2026-02-03
              samplesReceived: 2026-02-20
              tested: ""
            ---
            ## Notes
            first visit
            """;

    static List<VendorProblem> problems(String file, String text) {
        List<VendorProblem> p = new ArrayList<>();
        VendorReader.read(file, text, p);
        return p;
    }

    @Test
    void everyFieldIsRead() {
        List<VendorProblem> p = new ArrayList<>();
        Vendor v = VendorReader.read("v-01.md", FULL, p).orElseThrow();
        assertEquals(List.of(), p);
        assertEquals("v-01", v.id());
        assertEquals("青澜传感（虚构）", v.name());
        assertTrue(v.fictional());
        assertEquals(List.of("QL-COD200", "QL-EC10, 电导率"), v.products());
        assertEquals(List.of("cod", "nh3n", "conductivity", "ph"), v.parameters());
        assertEquals(45, v.rdStaff().getAsInt());
        assertEquals(18, v.patents().getAsInt());
        assertEquals(List.of("CCEP", "ISO 9001"), v.certifications());
        assertEquals(Optional.of(true), v.pipeNetwork());
        assertEquals(Optional.of(false), v.tracing());
        assertEquals(Optional.of('B'), v.priceBand());
        assertEquals(LocalDate.of(2026, 2, 20), v.pipeline().get(Stage.SAMPLES_RECEIVED));
        assertFalse(v.pipeline().containsKey(Stage.TESTED));
        assertEquals(Optional.of(Stage.SAMPLES_RECEIVED), v.stage());
        assertTrue(v.body().contains("first visit"));
    }

    @Test
    void badFieldsAreNamedWithFileAndLine() {
        String text = FULL.replace("rdStaff: 45", "rdStaff: many").replace("priceBand: b", "priceBand: cheap")
                .replace("  - pH", "  - chlorophyll").replace("samplesReceived: 2026-02-20", "samplesReceived: 2026-01-02")
                .replace("tracing: no", "tracing: perhaps").replace("patents: 18", "patent: 18");
        List<String> p = problems("v-01.md", text).stream().map(VendorProblem::toString).toList();
        String all = String.join("\n", p);
        assertTrue(all.contains("v-01.md:15: rdStaff: 'many' is not a whole number"), all);
        assertTrue(all.contains("v-01.md:20: priceBand: price band 'cheap'"), all);
        assertTrue(all.contains("v-01.md:10: parameters: 'chlorophyll' is not a parameter"), all);
        assertTrue(all.contains("v-01.md:24: pipeline.samplesReceived: samplesReceived (2026-01-02) is before samplesRequested (2026-02-03)"),
                all);
        assertTrue(all.contains("v-01.md:19: tracing: 'perhaps' is not yes or no"), all);
        assertTrue(all.contains("v-01.md:16: patent: unknown field 'patent'"), all);
        assertEquals(6, p.size(), all);
    }

    @Test
    void structureProblems() {
        assertTrue(problems("a.md", "name: x\n").get(0).toString().startsWith("a.md:1: front matter: the file does not start"));
        assertTrue(problems("a.md", "---\nname: x\n").get(0).message().contains("never closed"));
        assertTrue(problems("v-2.md", "---\ntype: vendor\nid: v-3\nname: X\n---\n").get(0).toString()
                .startsWith("v-2.md:3: id: id 'v-3' does not match the file name; write \"id: v-2\""));
        assertTrue(problems("v.md", "---\ntype: customer\nname: X\n---\n").get(0).toString().startsWith("v.md:2: type:"));
        assertTrue(problems("v.md", "---\nname: X\nname: Y\n---\n").get(0).toString()
                .startsWith("v.md:3: name: field 'name' appears twice (first on line 2)"));
        assertTrue(problems("v.md", "---\nlocation: X\n---\n").get(0).toString().startsWith("v.md:1: name: the vendor has no name"));
        assertTrue(problems("v.md", "---\nname: X\npipeline:\n  met: 2026-01-01\n---\n").get(0).toString()
                .startsWith("v.md:4: pipeline.met: 'met' is not a pipeline stage"));
        assertTrue(problems("v.md", "---\nname: X\npipeline:\n  contacted: 12.1.2026\n---\n").get(0).toString()
                .startsWith("v.md:4: pipeline.contacted: '12.1.2026' is not a date"));
    }

    @Test
    void folderReportsEveryBrokenFileAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Path vendors = Files.createDirectories(dir.resolve("vendors"));
        Files.writeString(vendors.resolve("v-01.md"), FULL, StandardCharsets.UTF_8);
        Files.writeString(vendors.resolve("v-02.md"), "---\nname: Other\nrdStaff: -3\n---\n", StandardCharsets.UTF_8);
        Files.writeString(vendors.resolve("v-03.md"), "no front matter", StandardCharsets.UTF_8);
        Files.writeString(vendors.resolve("notes.txt"), "ignored", StandardCharsets.UTF_8);
        VendorFolder f = VendorReader.readFolder(dir); // the workspace root: vendors/ is found
        assertEquals(List.of("v-01", "v-02"), f.vendors().stream().map(Vendor::id).toList());
        assertEquals(2, f.problems().size(), f.problems().toString());
        assertEquals("v-02.md:3: rdStaff: '-3' is not a whole number of 0 or more", f.problems().get(0).toString());
        assertEquals("v-03.md", f.problems().get(1).file());
    }
}
