package org.steward.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.text.internal.Messages;

/**
 * Reads one transcript (encoding detected, streamed sentence by sentence) and segments it. Not thread-safe: use one
 * per thread.
 */
public final class DocumentAnalyzer {
    private final Segmenter segmenter;
    private final SentenceSplitter splitter;

    public DocumentAnalyzer(Segmenter segmenter, int maxSentenceChars) {
        this.segmenter = segmenter;
        this.splitter = new SentenceSplitter(maxSentenceChars);
    }

    /**
     * @throws TextRejectedException if the file is empty, binary or not valid text in its detected encoding
     * @throws IOException           if it cannot be read
     */
    public DocumentTerms analyze(Path file, String name) throws IOException, TextRejectedException {
        Detection d = EncodingDetector.detect(file);
        try (Reader r = EncodingDetector.open(file, d)) {
            return analyze(r, name, d.label());
        } catch (CharacterCodingException e) {
            throw new TextRejectedException(Messages.get("encoding.broken", d.label(), e.getClass().getSimpleName()));
        }
    }

    public DocumentTerms analyze(Reader text, String name, String encoding) throws IOException {
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        List<String[]> sentences = new ArrayList<>();
        long[] counts = new long[2];
        Set<String> inSentence = new LinkedHashSet<>();
        String[] previous = new String[1];
        splitter.split(text, sentence -> {
            counts[0] += sentence.length();
            inSentence.clear();
            previous[0] = null;
            counts[1] += segmenter.segment(sentence, (word, follows) -> {
                String w = canonical.computeIfAbsent(word, k -> k);
                freq.merge(w, 1, Integer::sum);
                inSentence.add(w);
                if (follows && previous[0] != null) {
                    phrases.merge(previous[0] + w, 1, Integer::sum);
                }
                previous[0] = w;
            });
            if (!inSentence.isEmpty()) {
                sentences.add(inSentence.toArray(new String[0]));
            }
        });
        return new DocumentTerms(name, encoding, counts[0], counts[1], freq, sentences, phrases);
    }
}
