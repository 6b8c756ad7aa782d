package org.steward.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.text.DocumentAnalyzer;
import org.steward.text.DocumentTerms;
import org.steward.text.Lexicon;
import org.steward.text.Segmenter;
import org.steward.text.SentenceSplitter;
import org.steward.text.Token;
import org.steward.text.TokenFilter;

/** HanLP segmentation with the shipped domain dictionary, inside OSGi. */
class SegmenterTest {

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }

    @Test
    void shippedDictionaryHasEnoughDomainTermsAndStopWords() {
        assertTrue(Lexicon.builtIn().terms().size() >= 80, "at least 80 domain terms: " + Lexicon.builtIn().terms().size());
        assertTrue(Lexicon.builtIn().terms().containsKey("管网溯源"));
        assertTrue(Lexicon.builtIn().isStopWord("我们"));
    }

    @Test
    void domainTermsStayWhole() {
        Segmenter s = new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true);
        List<String> w = words(s.tokens("园区管委希望尽快开展管网溯源，环保管家要能发现偷排漏排，并在线监测电导率和化学需氧量。"));
        for (String term : List.of("园区管委", "管网溯源", "环保管家", "偷排漏排", "在线监测", "电导率", "化学需氧量")) {
            assertTrue(w.contains(term), term + " must be one token: " + w);
        }
        assertFalse(w.contains("管委"), "管委 must not be split out of 园区管委: " + w);
        // Without the domain dictionary HanLP splits these (so the test above could fail): 管网溯源 → 管网/溯源.
        assertFalse(words(com_hankcs_default("园区管委希望尽快开展管网溯源")).contains("管网溯源"));
    }

    private static List<Token> com_hankcs_default(String text) {
        List<Token> out = new ArrayList<>();
        for (com.hankcs.hanlp.seg.common.Term t : com.hankcs.hanlp.HanLP.newSegment().enableCustomDictionary(false).seg(text)) {
            out.add(new Token(t.word, String.valueOf(t.nature)));
        }
        return out;
    }

    @Test
    void filterKeepsNounsAndVerbsAndDropsStopWords() {
        Segmenter s = new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true);
        List<String> kept = words(s.terms("我们的园区管委会非常重视污水处理厂的运行，但是管网老化。"));
        assertTrue(kept.contains("污水处理厂"), kept.toString());
        assertTrue(kept.contains("管网"), kept.toString());
        assertFalse(kept.contains("我们"), "stop word: " + kept);
        assertFalse(kept.contains("非常"), "adverb: " + kept);
        assertFalse(kept.contains("的"), kept.toString());
        assertFalse(kept.contains("，"), kept.toString());
        // Configurable: keep everything of two or more characters.
        Segmenter all = new Segmenter(Lexicon.builtIn(), new TokenFilter(List.of(), 2, false), true);
        assertTrue(words(all.terms("我们的园区管委会非常重视管网。")).contains("非常"));
    }

    @Test
    void traditionalCharactersAreConvertedFirst() {
        Segmenter s = new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true);
        List<String> w = words(s.terms("園區管委會希望開展管網溯源與線上監測。"));
        assertTrue(w.contains("管网溯源"), w.toString());
        assertTrue(w.contains("园区管委会"), w.toString());
    }

    @Test
    void usersExtendDictionaryAndStopWordsWithTheirOwnFiles(@TempDir Path dir) throws IOException {
        Path dict = dir.resolve("my-terms.txt");
        Files.writeString(dir.resolve("my-terms.txt"), "# our product names\n汇炼智能 nz 1000\n浊度仪\n", StandardCharsets.UTF_8);
        Path stop = dir.resolve("my-stop.txt");
        Files.writeString(stop, "污水处理厂\n", StandardCharsets.UTF_8);
        Lexicon mine = Lexicon.builtIn().withUserFiles(List.of(dict), List.of(stop));
        Segmenter s = new Segmenter(mine, TokenFilter.DEFAULT, true);
        List<String> w = words(s.terms("汇炼智能的浊度仪已经在污水处理厂试用。"));
        assertTrue(w.contains("汇炼智能"), w.toString());
        assertTrue(w.contains("浊度仪"), w.toString());
        assertFalse(w.contains("污水处理厂"), "user stop word: " + w);
        // The shipped lexicon is unchanged.
        assertFalse(Lexicon.builtIn().terms().containsKey("汇炼智能"));
    }

    @Test
    void badDictionaryLineIsNamed(@TempDir Path dir) throws IOException {
        Path dict = dir.resolve("bad.txt");
        Files.writeString(dict, "管网\n溯源 nz many\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Lexicon.builtIn().withUserFiles(List.of(dict), List.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.txt"), e.getMessage());
    }

    @Test
    void documentAnalysisCountsTermsSentencesAndPhrases() throws IOException {
        DocumentAnalyzer a = new DocumentAnalyzer(new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true), 1000);
        DocumentTerms d = a.analyze(new StringReader("管网溯源需要传感器。\n管网溯源试点！园区管委支持"), "t.txt", "UTF-8");
        assertEquals(2, d.frequencies().get("管网溯源"));
        assertEquals(3, d.sentences().size());
        assertEquals(1, d.frequencies().get("传感器"));
    }

    @Test
    void speakerLabelsAtLineStartAreDropped() throws IOException {
        List<String> got = new ArrayList<>();
        new SentenceSplitter(1000).split(new StringReader("张主任：我们园区管网老化。问题：没有监测\n- 时间：2025年3月\n这句话很长很长很长很长很长很长：不是标签"), got::add);
        assertEquals(List.of("我们园区管网老化", "问题：没有监测", "2025年3月", "这句话很长很长很长很长很长很长：不是标签"), got);
        List<String> kept = new ArrayList<>();
        new SentenceSplitter(1000, false).split(new StringReader("张主任：管网"), kept::add);
        assertEquals(List.of("张主任：管网"), kept);
    }

    @Test
    void aSingleLineOfManyMegabytesIsCutIntoBoundedSentences() throws IOException {
        // 5 MB of UTF-8 without any sentence break; memory must stay bounded by maxChars, not by the line.
        String unit = "园区管委会组织管网溯源在线监测电导率化学需氧量偷排漏排环保管家服务"; // 33 characters, 99 bytes
        int repeats = 5 * 1024 * 1024 / 99;
        StringBuilder line = new StringBuilder(unit.length() * repeats);
        for (int i = 0; i < repeats; i++) {
            line.append(unit);
        }
        int[] count = { 0, 0 };
        new SentenceSplitter(1000).split(new StringReader(line.toString()), s -> {
            count[0]++;
            count[1] = Math.max(count[1], s.length());
        });
        assertEquals((line.length() + 999) / 1000, count[0]);
        assertEquals(1000, count[1]);

        // The case: a single line of 50 MB in a file, written in pieces, analysed streaming.
        int fileRepeats = 50 * 1024 * 1024 / 99;
        Path file = Files.createTempFile("one-line", ".txt");
        try {
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < fileRepeats; i++) {
                    out.write(unit);
                }
            }
            assertTrue(Files.size(file) >= 50_000_000);
            DocumentTerms d = new DocumentAnalyzer(new Segmenter(Lexicon.builtIn(), TokenFilter.DEFAULT, true), 1000)
                    .analyze(file, "one-line.txt");
            // A cut every 1,000 characters may split one of the 30 units in it: at least 29/30 are found whole.
            int found = d.frequencies().get("管网溯源");
            assertTrue(found >= fileRepeats * 29L / 30 && found <= fileRepeats, found + " of " + fileRepeats);
        } catch (org.steward.text.TextRejectedException e) {
            throw new AssertionError(e);
        } finally {
            Files.delete(file);
        }
    }
}
