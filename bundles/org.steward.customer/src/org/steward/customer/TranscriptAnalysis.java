package org.steward.customer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.steward.text.CorpusAnalyzer;
import org.steward.text.DocumentTerms;
import org.steward.text.Keyness;
import org.steward.text.Lexicon;
import org.steward.text.SentenceSplitter;
import org.steward.text.TermStat;
import org.steward.text.TermStatistics;
import org.steward.text.TokenFilter;
import org.steward.text.coword.CooccurrenceMatrix;
import org.steward.text.coword.CowordAnalysis;
import org.steward.text.coword.Level;
import org.steward.text.coword.Normalization;
import org.steward.text.coword.TextRank;

/**
 * The whole analysis of a transcript folder in one call, for an interactive client (the workbench): per-document
 * terms, term statistics, TextRank scores, the co-word network with clusters and layout, and keyness per park type
 * and region. Same defaults as the {@code customer.coword} model (nouns and verbs, at least 2 characters, document
 * level, association strength, resolution 1, seed 42).
 */
public final class TranscriptAnalysis {

    /** Terms TextRank ranks (the most frequent). */
    public static final int TEXTRANK_CANDIDATES = 200;

    /**
     * @param keyness by ("park_type" or "region") → group → scores (overused first)
     */
    public record Result(TranscriptFolder folder, List<DocumentTerms> documents, Map<String, String> skipped, List<TermStat> ranked,
                         Map<String, Double> textRank, CowordAnalysis.Result coword, Map<String, Map<String, List<Keyness.Score>>> keyness) {

        /** The documents containing {@code term}, with its count in each, in document order. */
        public Map<String, Integer> documentsWith(String term) {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (DocumentTerms d : documents) {
                Integer f = d.frequencies().get(term);
                if (f != null) {
                    out.put(d.name(), f);
                }
            }
            return out;
        }
    }

    private TranscriptAnalysis() {
    }

    /**
     * @throws IOException          if the folder cannot be listed or has no transcripts
     * @throws InterruptedException when {@code canceled} turns true
     */
    public static Result run(Path folder, Lexicon lexicon, int topN, int threads, BooleanSupplier canceled, Consumer<String> done)
            throws IOException, InterruptedException {
        TranscriptFolder f = TranscriptFolder.open(folder);
        CorpusAnalyzer analyzer = new CorpusAnalyzer(lexicon, new TokenFilter(List.of("n", "v"), 2, true), true,
                SentenceSplitter.DEFAULT_MAX_CHARS, threads);
        List<DocumentTerms> docs = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (CorpusAnalyzer.Outcome o : analyzer.analyze(f.sources(), canceled, done)) {
            o.terms().ifPresent(docs::add);
            o.rejection().ifPresent(r -> skipped.put(o.name(), r));
        }
        if (docs.isEmpty()) {
            throw new IOException(org.steward.customer.internal.Messages.get("input.noDocuments", f.sources().size()));
        }
        List<TermStat> ranked = TermStatistics.of(docs);
        CowordAnalysis.Result co = CowordAnalysis.run(docs, ranked,
                new CowordAnalysis.Settings(topN, Level.DOCUMENT, Normalization.ASSOCIATION, 1.0, 42));
        return new Result(f, List.copyOf(docs), skipped, ranked, textRank(docs, ranked), co, keyness(docs, f.metadata()));
    }

    /** TextRank (d = 0.85) on the sentence co-occurrence graph of the {@value #TEXTRANK_CANDIDATES} most frequent terms. */
    public static Map<String, Double> textRank(List<DocumentTerms> docs, List<TermStat> ranked) {
        List<TermStat> candidates = ranked.subList(0, Math.min(TEXTRANK_CANDIDATES, ranked.size()));
        CooccurrenceMatrix m = CooccurrenceMatrix.build(candidates.stream().map(TermStat::term).toList(), docs, Level.SENTENCE);
        double[][] raw = new double[m.size()][m.size()];
        for (int i = 0; i < raw.length; i++) {
            for (int j = 0; j < raw.length; j++) {
                raw[i][j] = i == j ? 0 : m.count(i, j);
            }
        }
        double[] rank = TextRank.scores(raw);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < rank.length; i++) {
            out.put(m.terms().get(i), rank[i]);
        }
        return out;
    }

    /** Keyness of each park type and each region against the other documents with metadata. */
    public static Map<String, Map<String, List<Keyness.Score>>> keyness(List<DocumentTerms> docs, TranscriptMetadata meta) {
        Map<String, Map<String, List<Keyness.Score>>> out = new LinkedHashMap<>();
        for (String by : List.of("park_type", "region")) {
            Map<String, String> groupOf = new HashMap<>();
            for (DocumentTerms d : docs) {
                meta.entry(d.name()).ifPresent(e -> {
                    String g = by.equals("park_type") ? e.parkType() : e.region();
                    if (!g.isBlank()) {
                        groupOf.put(d.name(), g);
                    }
                });
            }
            Map<String, List<Keyness.Score>> groups = new TreeMap<>();
            Set<String> names = new TreeSet<>(groupOf.values());
            if (names.size() >= 2) {
                for (String g : names) {
                    List<DocumentTerms> in = docs.stream().filter(d -> g.equals(groupOf.get(d.name()))).toList();
                    List<DocumentTerms> rest = docs.stream().filter(d -> groupOf.containsKey(d.name()) && !g.equals(groupOf.get(d.name()))).toList();
                    groups.put(g, Keyness.compare(in, rest, 2));
                }
            }
            out.put(by, groups);
        }
        return out;
    }
}
