package org.steward.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term frequency, document frequency and TF-IDF over analysed documents; phrases by frequency. */
public final class TermStatistics {
    private TermStatistics() {
    }

    /** Comparator: more frequent first, then by document frequency, then by the term (so ties are stable). */
    public static final Comparator<TermStat> BY_FREQUENCY = Comparator.comparingLong(TermStat::tf).reversed()
            .thenComparing(Comparator.comparingInt(TermStat::df).reversed()).thenComparing(TermStat::term);

    /** All terms, most frequent first. */
    public static List<TermStat> of(List<DocumentTerms> docs) {
        Map<String, long[]> acc = new HashMap<>();
        for (DocumentTerms d : docs) {
            for (Map.Entry<String, Integer> e : d.frequencies().entrySet()) {
                long[] a = acc.computeIfAbsent(e.getKey(), k -> new long[2]);
                a[0] += e.getValue();
                a[1]++;
            }
        }
        int n = docs.size();
        List<TermStat> out = new ArrayList<>(acc.size());
        for (Map.Entry<String, long[]> e : acc.entrySet()) {
            long tf = e.getValue()[0];
            int df = (int) e.getValue()[1];
            out.add(new TermStat(e.getKey(), tf, df, tf * idf(n, df)));
        }
        out.sort(BY_FREQUENCY);
        return out;
    }

    /** Smoothed inverse document frequency {@code ln((1 + n) / (1 + df)) + 1}. */
    public static double idf(int n, int df) {
        return Math.log((1.0 + n) / (1.0 + df)) + 1.0;
    }

    /** Two-word phrases seen at least {@code minCount} times over all documents, most frequent first. */
    public static List<Map.Entry<String, Long>> phrases(List<DocumentTerms> docs, int minCount, int limit) {
        Map<String, Long> acc = new HashMap<>();
        for (DocumentTerms d : docs) {
            d.phrases().forEach((p, c) -> acc.merge(p, (long) c, Long::sum));
        }
        return acc.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }
}
