package org.steward.partner.ahp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Saaty's eigenvector method. The weights are the principal right eigenvector of the comparison matrix A,
 * normalised to sum 1, found by power iteration: w ← A·w / Σ(A·w), starting from w = (1/n, …, 1/n), until no
 * component changes by more than {@value #TOLERANCE}. Since A is positive, the iteration converges to the Perron
 * vector (Perron–Frobenius). At convergence Σ(A·w) = λmax because Σw = 1.
 * <p>
 * CI = (λmax − n)/(n − 1), CR = CI/RI(n) with {@link RandomIndex}; for each judgement above the diagonal the
 * deviation |ln(a_ij · w_j / w_i)| shows how far it is from the ratio the weights imply.
 */
public final class Ahp {
    /** Convergence tolerance of the power iteration (largest change of a weight between two steps). */
    public static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 1_000_000;

    private Ahp() {
    }

    public static AhpResult analyse(PairwiseMatrix a) {
        int n = a.size();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double lambda = n;
        int iterations = 0;
        while (iterations < MAX_ITERATIONS) {
            iterations++;
            double[] next = multiply(a, w);
            double sum = 0;
            for (double v : next) {
                sum += v;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            lambda = sum;
            if (change <= TOLERANCE) {
                break;
            }
        }
        // λmax from the converged vector: Σ (A·w)_i with Σ w_i = 1
        double[] aw = multiply(a, w);
        lambda = 0;
        for (double v : aw) {
            lambda += v;
        }
        double ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        if (n <= 2) {
            ci = 0; // exact for reciprocal matrices of order ≤ 2; removes rounding noise
            lambda = n;
        }
        double ri = RandomIndex.of(n);
        double cr = ri > 0 ? ci / ri : 0;
        List<Double> weights = new ArrayList<>();
        for (double v : w) {
            weights.add(v);
        }
        List<Deviation> deviations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double implied = w[i] / w[j];
                deviations.add(new Deviation(a.names().get(i), a.names().get(j), a.value(i, j), implied,
                        Math.abs(Math.log(a.value(i, j) / implied))));
            }
        }
        deviations.sort(Comparator.comparingDouble(Deviation::logDeviation).reversed());
        return new AhpResult(a.names(), weights, lambda, ci, ri, cr, iterations, deviations);
    }

    private static double[] multiply(PairwiseMatrix a, double[] w) {
        int n = w.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a.value(i, j) * w[j];
            }
            out[i] = s;
        }
        return out;
    }
}
