package org.steward.partner.topsis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * TOPSIS after Hwang &amp; Yoon (1981):
 * <ol>
 * <li>vector normalisation r_ij = x_ij / √(Σ_i x_ij²);</li>
 * <li>weighting v_ij = w_j · r_ij, with the weights normalised to Σ w_j = 1;</li>
 * <li>ideal A+ = max_i v_ij for benefit and min_i v_ij for cost criteria; anti-ideal A− the reverse;</li>
 * <li>S+_i = √(Σ_j (v_ij − A+_j)²), S−_i = √(Σ_j (v_ij − A−_j)²);</li>
 * <li>closeness C_i = S−_i / (S+_i + S−_i), ranked from high to low.</li>
 * </ol>
 * Sensitivity: for criterion k the weight is set to t and the others to w_j·(1 − t)/(1 − w_k), so they still sum to 1.
 * D(t) = C_first(t) − C_second(t) is scanned over [0, 1] on a grid of {@value #GRID} steps outwards from w_k in both
 * directions; the first sign change on each side is refined by bisection to 1e-12, and the one nearer to w_k is
 * reported. With a single criterion no weight can move (closeness does not depend on a lone weight).
 */
public final class Topsis {
    /** Grid steps over [0, 1] of the sensitivity scan. */
    public static final int GRID = 10_000;

    private Topsis() {
    }

    public static TopsisResult analyse(DecisionMatrix d) {
        int n = d.alternatives().size();
        int m = d.criteria().size();
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += d.weight(j);
        }
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
            w[j] = d.weight(j) / sum;
        }
        double[][] r = normalise(d);
        Scores s = scores(d, r, w);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -s.closeness[i]).thenComparingInt(i -> i));
        List<String> ranking = order.stream().map(i -> d.alternatives().get(i)).toList();
        List<Optional<SwapPoint>> sensitivity = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            sensitivity.add(n < 2 ? Optional.empty() : swap(d, r, w, k, order.get(0), order.get(1)));
        }
        return new TopsisResult(d.alternatives(), d.criteria(), list(w), sum, list(s.ideal), list(s.anti), list(s.toIdeal),
                list(s.toAnti), list(s.closeness), ranking, sensitivity);
    }

    private record Scores(double[] ideal, double[] anti, double[] toIdeal, double[] toAnti, double[] closeness) {
    }

    private static double[][] normalise(DecisionMatrix d) {
        int n = d.alternatives().size();
        int m = d.criteria().size();
        double[][] r = new double[n][m];
        for (int j = 0; j < m; j++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += d.value(i, j) * d.value(i, j);
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                r[i][j] = norm > 0 ? d.value(i, j) / norm : 0;
            }
        }
        return r;
    }

    private static Scores scores(DecisionMatrix d, double[][] r, double[] w) {
        int n = r.length;
        int m = w.length;
        double[] ideal = new double[m];
        double[] anti = new double[m];
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = w[j] * r[i][j];
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            ideal[j] = d.type(j) == CriterionType.BENEFIT ? max : min;
            anti[j] = d.type(j) == CriterionType.BENEFIT ? min : max;
        }
        double[] toIdeal = new double[n];
        double[] toAnti = new double[n];
        double[] closeness = new double[n];
        for (int i = 0; i < n; i++) {
            double sp = 0;
            double sm = 0;
            for (int j = 0; j < m; j++) {
                double v = w[j] * r[i][j];
                sp += (v - ideal[j]) * (v - ideal[j]);
                sm += (v - anti[j]) * (v - anti[j]);
            }
            toIdeal[i] = Math.sqrt(sp);
            toAnti[i] = Math.sqrt(sm);
            double total = toIdeal[i] + toAnti[i];
            closeness[i] = total > 0 ? toAnti[i] / total : 0;
        }
        return new Scores(ideal, anti, toIdeal, toAnti, closeness);
    }

    private static Optional<SwapPoint> swap(DecisionMatrix d, double[][] r, double[] w, int k, int first, int second) {
        int m = w.length;
        if (m < 2 || w[k] >= 1) {
            return Optional.empty();
        }
        double here = gap(d, r, w, k, w[k], first, second);
        if (here <= 0) {
            return Optional.of(new SwapPoint(d.criteria().get(k), w[k], w[k], 0)); // already tied
        }
        Optional<Double> up = scan(d, r, w, k, first, second, +1);
        Optional<Double> down = scan(d, r, w, k, first, second, -1);
        Optional<Double> best;
        if (up.isPresent() && down.isPresent()) {
            best = Math.abs(up.get() - w[k]) <= Math.abs(down.get() - w[k]) ? up : down;
        } else {
            best = up.isPresent() ? up : down;
        }
        return best.map(t -> new SwapPoint(d.criteria().get(k), w[k], t, t - w[k]));
    }

    private static Optional<Double> scan(DecisionMatrix d, double[][] r, double[] w, int k, int first, int second, int direction) {
        double step = 1.0 / GRID;
        double previous = w[k];
        while (true) {
            double t = previous + direction * step;
            if (direction > 0 && t > 1) {
                t = 1;
            }
            if (direction < 0 && t < 0) {
                t = 0;
            }
            if (t == previous) {
                return Optional.empty();
            }
            if (gap(d, r, w, k, t, first, second) <= 0) {
                double ok = previous;
                double bad = t;
                while (Math.abs(bad - ok) > 1e-12) {
                    double mid = (ok + bad) / 2;
                    if (gap(d, r, w, k, mid, first, second) > 0) {
                        ok = mid;
                    } else {
                        bad = mid;
                    }
                }
                return Optional.of((ok + bad) / 2);
            }
            previous = t;
        }
    }

    /** C_first − C_second with the weight of k set to t and the others rescaled. */
    private static double gap(DecisionMatrix d, double[][] r, double[] w, int k, double t, int first, int second) {
        double[] v = new double[w.length];
        double rest = 1 - w[k];
        for (int j = 0; j < w.length; j++) {
            v[j] = j == k ? t : w[j] * (1 - t) / rest;
        }
        Scores s = scores(d, r, v);
        return s.closeness[first] - s.closeness[second];
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
