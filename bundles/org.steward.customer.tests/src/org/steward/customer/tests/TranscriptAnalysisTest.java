package org.steward.customer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.customer.TranscriptAnalysis;
import org.steward.text.Keyness;
import org.steward.text.Lexicon;

/** The one-call analysis the workbench uses, on the shipped demo transcripts. */
class TranscriptAnalysisTest {

    @Test
    void documentsOfATermMatchSubstringCountsAndKeynessHasBothDimensions(@TempDir Path tmp) throws Exception {
        Path dir = Services.copyExamples(tmp);
        Services.get(org.steward.core.runtime.ModelRunner.class); // starts the bundles
        TranscriptAnalysis.Result r = TranscriptAnalysis.run(dir, Lexicon.builtIn(), 50, 2, () -> false, n -> { });
        assertEquals(6, r.documents().size());
        // 管网溯源 by substring search over the files (the tannery one decoded as GBK); no longer term contains it
        Map<String, Integer> expected = new LinkedHashMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".txt") || n.endsWith(".md")) {
                    String t = new String(Files.readAllBytes(p), n.contains("tannery") ? Charset.forName("GBK") : StandardCharsets.UTF_8);
                    int c = t.split("管网溯源", -1).length - 1;
                    if (c > 0) {
                        expected.put(n, c);
                    }
                }
            }
        }
        assertEquals(Map.of("2025-03-12-shanxi-coal-chemical.txt", 2, "2025-03-20-zhejiang-dyeing.txt", 1, "2025-04-02-ningxia-petrochem.txt", 1,
                "2025-04-15-jiangsu-county-zone.txt", 1, "2025-05-08-hebei-tannery.txt", 1, "2025-06-03-anhui-pharma-zone.md", 1), expected);
        assertEquals(expected, r.documentsWith("管网溯源"));
        assertEquals(List.of("industrial_chain", "administrative_park", "agglomeration_zone").stream().sorted().toList(),
                List.copyOf(r.keyness().get("park_type").keySet()));
        assertEquals(6, r.keyness().get("region").size());
        for (List<Keyness.Score> scores : r.keyness().get("park_type").values()) {
            assertTrue(scores.stream().allMatch(s -> s.target() >= 2));
        }
        assertTrue(r.textRank().containsKey("管网溯源"));
        assertEquals(50, r.coword().matrix().size());
    }

    @Test
    void aFolderWithoutTranscriptsIsNamed(@TempDir Path tmp) throws Exception {
        Services.get(org.steward.core.runtime.ModelRunner.class);
        IOException e = assertThrows(IOException.class, () -> TranscriptAnalysis.run(tmp, Lexicon.builtIn(), 50, 1, () -> false, n -> { }));
        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
        Files.write(tmp.resolve("empty.txt"), new byte[0]);
        IOException none = assertThrows(IOException.class, () -> TranscriptAnalysis.run(tmp, Lexicon.builtIn(), 50, 1, () -> false, n -> { }));
        assertTrue(none.getMessage().contains("none of the 1"), none.getMessage());
    }
}
