package org.steward.text.coword;

import java.util.List;

import org.steward.text.DocumentTerms;
import org.steward.text.TermStat;

/**
 * The co-word pipeline after segmentation: the top-N terms by frequency, their co-occurrence matrix at the chosen
 * level, the normalised similarities, Leiden clusters (modularity, resolution γ, fixed seed) and a VOS layout.
 */
public final class CowordAnalysis {

    /** Settings of one analysis. */
    public record Settings(int topN, Level level, Normalization normalization, double resolution, long seed) {
    }

    /** The outcome. */
    public record Result(List<TermStat> top, CooccurrenceMatrix matrix, double[][] similarity, int[] clusters, double[][] xy) {
        public int clusterCount() {
            int max = -1;
            for (int c : clusters) {
                max = Math.max(max, c);
            }
            return max + 1;
        }

        public CowordMap map() {
            long[] w = top.stream().mapToLong(TermStat::tf).toArray();
            return new CowordMap(matrix.terms(), w, clusters, xy, similarity);
        }
    }

    private CowordAnalysis() {
    }

    /** @param ranked all terms, most frequent first ({@link org.steward.text.TermStatistics#of}) */
    public static Result run(List<DocumentTerms> docs, List<TermStat> ranked, Settings s) {
        List<TermStat> top = ranked.subList(0, Math.min(s.topN(), ranked.size()));
        List<String> terms = top.stream().map(TermStat::term).toList();
        CooccurrenceMatrix m = CooccurrenceMatrix.build(terms, docs, s.level());
        double[][] sim = m.normalized(s.normalization());
        // Clustering and layout are independent: the layout runs on a second thread meanwhile.
        java.util.concurrent.CompletableFuture<double[][]> layout = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> NetworkAnalysis.vosLayout(sim, s.seed()), r -> {
                    Thread t = new Thread(r, "steward-vos-layout");
                    t.setDaemon(true);
                    t.start();
                });
        int[] clusters = NetworkAnalysis.leiden(sim, s.resolution(), s.seed());
        double[][] xy = layout.join();
        return new Result(List.copyOf(top), m, sim, clusters, xy);
    }
}
