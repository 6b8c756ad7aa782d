package org.steward.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyness: is a term used more (or less) in a target group of documents than in a reference group? For each term,
 * with a = its occurrences in the target, b in the reference, c and d the total term occurrences of target and
 * reference:
 * <ul>
 * <li><b>log-likelihood</b> (Dunning 1993; as in Rayson &amp; Garside 2000 and Lancaster's LL wizard):
 *     E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2 (a ln(a/E1) + b ln(b/E2)), a term with a zero count adding 0;</li>
 * <li><b>Pearson chi-square</b> of the same 2×2 table (no Yates correction):
 *     χ² = N (a(d−b) − b(c−a))² / ((a+b)(c+d−a−b) c d), N = c + d;</li>
 * <li><b>p</b>: both statistics follow χ² with one degree of freedom, p = erfc(√(G²/2)); significance levels
 *     3.84 (p &lt; 0.05), 6.63 (0.01), 10.83 (0.001), 15.13 (0.0001).</li>
 * </ul>
 * The sign tells the direction: {@code overused} when a/c &gt; b/d.
 */
public final class Keyness {

    /** One term's keyness in the target against the reference. */
    public record Score(String term, long target, long reference, double logLikelihood, double chiSquare, double p,
                        boolean overused, String significance, Set<String> documents) {
    }

    private Keyness() {
    }

    /** Log-likelihood G² of a term seen {@code a} times in a target of {@code c} and {@code b} times in a reference of {@code d}. */
    public static double logLikelihood(long a, long b, long c, long d) {
        check(a, b, c, d);
        double n = (double) c + d;
        double e1 = c * (a + b) / n;
        double e2 = d * (a + b) / n;
        double ll = 0;
        if (a > 0) {
            ll += a * Math.log(a / e1);
        }
        if (b > 0) {
            ll += b * Math.log(b / e2);
        }
        return 2 * ll;
    }

    /** Pearson χ² of the 2×2 table (term / other terms × target / reference), without continuity correction. */
    public static double chiSquare(long a, long b, long c, long d) {
        check(a, b, c, d);
        double n = (double) c + d;
        double k = (double) a + b;
        double denom = k * (n - k) * c * d;
        if (denom == 0) {
            return 0;
        }
        double diff = (double) a * (d - b) - (double) b * (c - a);
        return n * diff * diff / denom;
    }

    /** Upper tail of χ² with one degree of freedom: P(X ≥ x) = erfc(√(x/2)). */
    public static double pValue(double x) {
        if (x <= 0) {
            return 1;
        }
        return erfc(Math.sqrt(x / 2));
    }

    /** The conventional significance mark of a G² or χ² value (1 degree of freedom). */
    public static String significance(double x) {
        if (x >= 15.13) {
            return "****";
        }
        if (x >= 10.83) {
            return "***";
        }
        if (x >= 6.63) {
            return "**";
        }
        if (x >= 3.84) {
            return "*";
        }
        return "";
    }

    /**
     * Scores every term of the target against the reference, most key first (largest G² among overused terms, then
     * underused ones by G²).
     *
     * @param minTarget terms seen fewer times than this in the target are left out
     */
    public static List<Score> compare(List<DocumentTerms> target, List<DocumentTerms> reference, int minTarget) {
        Map<String, Long> a = totals(target);
        Map<String, Long> b = totals(reference);
        long c = a.values().stream().mapToLong(Long::longValue).sum();
        long d = b.values().stream().mapToLong(Long::longValue).sum();
        List<Score> out = new ArrayList<>();
        if (c == 0 || d == 0) {
            return out;
        }
        for (Map.Entry<String, Long> e : a.entrySet()) {
            long ta = e.getValue();
            if (ta < minTarget) {
                continue;
            }
            long tb = b.getOrDefault(e.getKey(), 0L);
            double ll = logLikelihood(ta, tb, c, d);
            Set<String> docs = new HashSet<>();
            for (DocumentTerms t : target) {
                if (t.frequencies().containsKey(e.getKey())) {
                    docs.add(t.name());
                }
            }
            out.add(new Score(e.getKey(), ta, tb, ll, chiSquare(ta, tb, c, d), pValue(ll), (double) ta / c > (double) tb / d,
                    significance(ll), Set.copyOf(docs)));
        }
        out.sort(Comparator.comparing((Score s) -> !s.overused()).thenComparing(Comparator.comparingDouble(Score::logLikelihood).reversed())
                .thenComparing(Score::term));
        return out;
    }

    private static Map<String, Long> totals(List<DocumentTerms> docs) {
        Map<String, Long> m = new HashMap<>();
        for (DocumentTerms d : docs) {
            d.frequencies().forEach((t, f) -> m.merge(t, (long) f, Long::sum));
        }
        return m;
    }

    private static void check(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || a > c || b > d) {
            throw new IllegalArgumentException("keyness needs 0 <= a <= c and 0 <= b <= d, got a=" + a + " b=" + b + " c=" + c + " d=" + d);
        }
    }

    /**
     * Complementary error function, Chebyshev fit with fractional error below 1.2e-7 everywhere (Press et al.,
     * Numerical Recipes, 2nd ed., §6.2, erfcc).
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
