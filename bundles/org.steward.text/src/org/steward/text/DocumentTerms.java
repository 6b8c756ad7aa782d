package org.steward.text;

import java.util.List;
import java.util.Map;

/**
 * What one document contributed: its counts, its term frequencies, the distinct terms of each sentence (for
 * sentence-level co-occurrence) and its two-word phrases. Memory is proportional to the kept terms, not to the text.
 *
 * @param name        the document's name (relative path)
 * @param encoding    the detected encoding label
 * @param characters  characters read
 * @param tokens      words found by the segmenter (punctuation not counted)
 * @param frequencies kept term → occurrences in this document
 * @param sentences   for each sentence with a kept term, its distinct kept terms
 * @param phrases     two adjacent kept terms joined (e.g. 管网 + 监测 → 管网监测) → occurrences
 */
public record DocumentTerms(String name, String encoding, long characters, long tokens, Map<String, Integer> frequencies,
                            List<String[]> sentences, Map<String, Integer> phrases) {

    public DocumentTerms {
        frequencies = Map.copyOf(frequencies);
        sentences = List.copyOf(sentences);
        phrases = Map.copyOf(phrases);
    }

    /** Number of kept term occurrences. */
    public long termCount() {
        long n = 0;
        for (int f : frequencies.values()) {
            n += f;
        }
        return n;
    }
}
