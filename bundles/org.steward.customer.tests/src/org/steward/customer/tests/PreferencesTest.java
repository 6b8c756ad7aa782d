package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.customer.NeedCategory;
import org.steward.customer.PreferenceProfile;
import org.steward.customer.Transcript;
import org.steward.customer.TranscriptMetadata;
import org.steward.text.DocumentTerms;

/** Preference profiles, need categories, speaker turns and the optional metadata columns. */
class PreferencesTest {

    @Test
    void profileCountsCuesPerClassAndLinksTheTranscripts() {
        NeedCategory monitoring = new NeedCategory("monitoring", "Monitoring", "监测", Set.of("监测", "传感器"));
        NeedCategory cost = new NeedCategory("cost", "Cost", "成本", Set.of("费用"));
        // class A: a.txt {监测:3, 传感器:1, 溯源:20}, b.txt {费用:2, 溯源:10}; class B: c.txt {监测:1, 印染:30}
        DocumentTerms a = doc("a.txt", Map.of("监测", 3, "传感器", 1, "溯源", 20, "印染", 1));
        DocumentTerms b = doc("b.txt", Map.of("费用", 2, "溯源", 10));
        DocumentTerms c = doc("c.txt", Map.of("监测", 1, "印染", 30));
        List<PreferenceProfile> p = PreferenceProfile.of(List.of(a, b, c), Map.of("a.txt", "A", "b.txt", "A", "c.txt", "B"),
                List.of(monitoring, cost), 5);
        assertEquals(2, p.size());
        PreferenceProfile pa = p.get(0);
        assertEquals("A", pa.customerClass());
        assertEquals(List.of("a.txt", "b.txt"), pa.documents());
        // by hand: monitoring = 3 + 1 = 4 mentions, only in a.txt (share 1/2); cost = 2, only in b.txt
        PreferenceProfile.Need first = pa.needs().get(0);
        assertEquals("monitoring", first.category().key());
        assertEquals(4, first.mentions());
        assertEquals(0.5, first.share(), 1e-12);
        assertEquals(Map.of("a.txt", 4L), first.support());
        assertEquals(Map.of("监测", 3L, "传感器", 1L), first.cueCounts());
        assertEquals(Map.of("b.txt", 2L), pa.needs().get(1).support());
        // concerns: 溯源 30 of 37 words in A, 0 of 31 in B (N = 68): E1 = 37·30/68, G² = 2·30·ln(30/E1) = 60 ln(68/37) = 36.5;
        // 监测 (3 vs 1, G² = 0.73) and 费用 (2 vs 0, G² = 4 ln(68/37) = 2.43) are below 3.84, so 溯源 is the only concern
        assertEquals("溯源", pa.concerns().get(0).term());
        assertEquals(60 * Math.log(68.0 / 37), pa.concerns().get(0).logLikelihood(), 1e-9);
        assertEquals(1, pa.concerns().size(), pa.concerns().toString());
        assertEquals(Set.of("a.txt", "b.txt"), pa.concerns().get(0).documents());
        PreferenceProfile pb = p.get(1);
        assertEquals("印染", pb.concerns().get(0).term());
        assertEquals(0, pb.needs().get(1).mentions(), "a need not mentioned stays in the list with 0");
    }

    @Test
    void shippedNeedsCoverTheIssueListAndBadLinesAreNamed() throws IOException {
        List<String> keys = NeedCategory.shipped().stream().map(NeedCategory::key).toList();
        assertTrue(keys.containsAll(List.of("consulting", "monitoring", "operation", "tracing")), keys.toString());
        IOException e = assertThrows(IOException.class, () -> NeedCategory.read(
                new ByteArrayInputStream("# c\nok\tOk\t好\ta,b\nbroken line\n".getBytes(StandardCharsets.UTF_8)), "my-needs.tsv"));
        assertTrue(e.getMessage().contains("my-needs.tsv") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void speakerTurnsAreFoundAndContinuationLinesJoined(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.txt");
        // UTF-16LE with BOM, to check the encoding is reported
        byte[] body = "时间：2025年3月12日\n研发：请问管网的情况？\n张主任：管网老化，\n经常渗漏。\n\nQ: ok\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        Transcript t = Transcript.read(f);
        assertEquals("UTF-16LE (BOM)", t.encoding());
        assertEquals(4, t.turns().size(), t.turns().toString());
        assertEquals(new Transcript.Turn("张主任", "管网老化，\n经常渗漏。", 3), t.turns().get(2));
        assertEquals(List.of("时间", "研发", "张主任", "Q"), t.speakers());
        // a sentence with a comma before the colon is no label
        assertTrue(Transcript.turns("我们认为，结论是：可行").isEmpty());
    }

    @Test
    void optionalCityAndSubTypeColumns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "file,customer,region,park_type,date,city,park_subtype\na.txt,某园区,山西,industrial_chain,2025-01-01,吕梁,煤化工\n"
                + "b.txt,某园区,山西,industrial_chain,2025-01-01\n", StandardCharsets.UTF_8);
        TranscriptMetadata m = TranscriptMetadata.read(csv, Set.of("a.txt", "b.txt"));
        TranscriptMetadata.Entry e = m.entry("a.txt").orElseThrow();
        assertEquals("吕梁", e.city());
        assertEquals("煤化工", e.parkSubType());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).contains("line 3") && m.problems().get(0).contains("expected 7"), m.problems().get(0));

        Files.writeString(csv, "file,customer,region,park_type,date,colour\n", StandardCharsets.UTF_8);
        TranscriptMetadata bad = TranscriptMetadata.read(csv, Set.of("a.txt"));
        assertTrue(bad.problems().get(0).contains("line 1") && bad.problems().get(0).contains("colour"), bad.problems().toString());
    }

    private static DocumentTerms doc(String name, Map<String, Integer> f) {
        return new DocumentTerms(name, "UTF-8", 0, 0, f, List.of(), Map.of());
    }
}
