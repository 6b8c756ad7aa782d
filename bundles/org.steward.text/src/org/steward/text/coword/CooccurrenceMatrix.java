package org.steward.text.coword;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.steward.text.DocumentTerms;

/**
 * Co-occurrence counts of a fixed list of terms: {@code c[i][j]} units (documents or sentences) containing both term
 * i and term j (i ≠ j, symmetric), {@code o[i]} units containing term i, and {@code units} the number of all units.
 */
public final class CooccurrenceMatrix {
    private final List<String> terms;
    private final long[][] c;
    private final long[] o;
    private final long units;

    public CooccurrenceMatrix(List<String> terms, long[][] counts, long[] occurrences, long units) {
        this.terms = List.copyOf(terms);
        int n = this.terms.size();
        if (counts.length != n || occurrences.length != n) {
            throw new IllegalArgumentException("matrix size does not match " + n + " terms");
        }
        this.c = counts;
        this.o = occurrences;
        this.units = units;
    }

    /** Counts co-occurrences of {@code terms} in the documents, at document or sentence level. */
    public static CooccurrenceMatrix build(List<String> terms, List<DocumentTerms> docs, Level level) {
        int n = terms.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(terms.get(i), i);
        }
        long[][] c = new long[n][n];
        long[] o = new long[n];
        long units = 0;
        int[] ids = new int[n];
        for (DocumentTerms d : docs) {
            if (level == Level.DOCUMENT) {
                units++;
                int k = 0;
                for (String t : d.frequencies().keySet()) {
                    Integer i = index.get(t);
                    if (i != null) {
                        ids[k++] = i;
                    }
                }
                count(ids, k, c, o);
            } else {
                for (String[] sentence : d.sentences()) {
                    units++;
                    int k = 0;
                    for (String t : sentence) {
                        Integer i = index.get(t);
                        if (i != null) {
                            ids[k++] = i;
                        }
                    }
                    count(ids, k, c, o);
                }
            }
        }
        return new CooccurrenceMatrix(terms, c, o, units);
    }

    /** From explicit units (each a set of terms), e.g. for a worked example. */
    public static CooccurrenceMatrix ofUnits(List<String> terms, List<Set<String>> unitTerms) {
        int n = terms.size();
        long[][] c = new long[n][n];
        long[] o = new long[n];
        int[] ids = new int[n];
        for (Set<String> u : unitTerms) {
            int k = 0;
            for (String t : new LinkedHashSet<>(u)) {
                int i = terms.indexOf(t);
                if (i >= 0) {
                    ids[k++] = i;
                }
            }
            count(ids, k, c, o);
        }
        return new CooccurrenceMatrix(terms, c, o, unitTerms.size());
    }

    private static void count(int[] ids, int k, long[][] c, long[] o) {
        for (int a = 0; a < k; a++) {
            int i = ids[a];
            o[i]++;
            long[] row = c[i];
            for (int b = a + 1; b < k; b++) {
                int j = ids[b];
                row[j]++;
                c[j][i]++;
            }
        }
    }

    public List<String> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public long count(int i, int j) {
        return c[i][j];
    }

    public long occurrences(int i) {
        return o[i];
    }

    public long units() {
        return units;
    }

    /** The normalised similarity matrix (diagonal 0). */
    public double[][] normalized(Normalization norm) {
        int n = size();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = norm.apply(c[i][j], o[i], o[j], units);
                s[i][j] = v;
                s[j][i] = v;
            }
        }
        return s;
    }
}
