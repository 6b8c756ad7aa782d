package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.customer.ParkType;
import org.steward.customer.TranscriptMetadata;

/** metadata.csv: bad header, quoting, and per-line problems that leave the other lines usable. */
class TranscriptMetadataTest {

    @Test
    void wrongHeaderIsReportedOnLineOne(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "file,customer,region,date\na.txt,某园区,山西,2025-01-01\n", StandardCharsets.UTF_8);
        TranscriptMetadata m = TranscriptMetadata.read(csv, Set.of("a.txt"));
        assertTrue(m.entries().isEmpty());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).contains("line 1") && m.problems().get(0).contains("park_type"), m.problems().get(0));
    }

    @Test
    void quotedCellsBomAndBadLines(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "\uFEFFfile,customer,region,park_type,date\n"
                + "a.txt,\"某园区, 一期\",山西,产业链集群,2025-01-01\n"
                + "b.txt,\"未闭合,山西,industrial_chain,2025-01-02\n"
                + "a.txt,重复,山西,industrial_chain,2025-01-03\n", StandardCharsets.UTF_8);
        TranscriptMetadata m = TranscriptMetadata.read(csv, Set.of("a.txt", "b.txt"));
        assertEquals("某园区, 一期", m.entry("a.txt").orElseThrow().customer());
        assertEquals(ParkType.INDUSTRIAL_CHAIN, ParkType.parse(m.entry("a.txt").orElseThrow().parkType()).orElseThrow());
        assertEquals(2, m.problems().size(), m.problems().toString());
        assertTrue(m.problems().get(0).contains("line 3"), m.problems().get(0));
        assertTrue(m.problems().get(1).contains("line 4") && m.problems().get(1).contains("a.txt"), m.problems().get(1));
    }
}
