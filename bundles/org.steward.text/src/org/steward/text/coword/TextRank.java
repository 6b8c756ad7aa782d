package org.steward.text.coword;

/**
 * TextRank keyword scores (Mihalcea &amp; Tarau 2004, "TextRank: Bringing Order into Texts", EMNLP) on a weighted
 * undirected term graph: {@code WS(i) = (1 − d) + d · Σ_j w_ji / (Σ_k w_jk) · WS(j)}, damping d = 0.85, iterated
 * until the largest change is below 1e-6 (at most 200 rounds). Here the graph is the sentence co-occurrence matrix of
 * the candidate terms, so a term ranks high when it shares sentences with many other well-connected terms.
 */
public final class TextRank {
    private TextRank() {
    }

    public static double[] scores(double[][] w) {
        int n = w.length;
        double d = 0.85;
        double[] out = new double[n];
        double[] strength = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    strength[j] += w[j][k];
                }
            }
        }
        java.util.Arrays.fill(out, 1.0);
        for (int iter = 0; iter < 200; iter++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && w[j][i] > 0 && strength[j] > 0) {
                        s += w[j][i] / strength[j] * out[j];
                    }
                }
                next[i] = (1 - d) + d * s;
                change = Math.max(change, Math.abs(next[i] - out[i]));
            }
            out = next;
            if (change < 1e-6) {
                break;
            }
        }
        return out;
    }
}
