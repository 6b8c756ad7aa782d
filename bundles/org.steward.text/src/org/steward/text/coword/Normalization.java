package org.steward.text.coword;

import java.util.Locale;

/**
 * Similarity measures for co-occurrence counts. With {@code c} = units containing both terms, {@code oi}, {@code oj}
 * = units containing each term and {@code n} = all units (documents or sentences); every measure is 0 when c = 0.
 * <ul>
 * <li>{@link #ASSOCIATION}: association strength {@code n·c / (oi·oj)} — van Eck &amp; Waltman (2009), "How to
 *     normalize cooccurrence data? An analysis of some well-known similarity measures", JASIST 60(8):1635–1651,
 *     define {@code AS = c / (oi·oj)}; multiplying by n makes it the ratio of the observed co-occurrences to those
 *     expected if the two terms were independent ({@code oi·oj / n}), so 1 means "as often as chance".</li>
 * <li>{@link #COSINE}: Salton's cosine {@code c / √(oi·oj)} (Salton &amp; McGill 1983).</li>
 * <li>{@link #JACCARD}: {@code c / (oi + oj − c)}.</li>
 * <li>{@link #INCLUSION}: {@code c / min(oi, oj)} (Callon, Courtial &amp; Laville 1991; Kostoff).</li>
 * <li>{@link #EQUIVALENCE}: Callon's equivalence index {@code c² / (oi·oj)} (Callon, Courtial &amp; Laville 1991,
 *     Scientometrics 22(1):155–205), the product of the two conditional probabilities c/oi · c/oj.</li>
 * </ul>
 */
public enum Normalization {
    ASSOCIATION, COSINE, JACCARD, INCLUSION, EQUIVALENCE;

    public double apply(long c, long oi, long oj, long n) {
        if (c <= 0 || oi <= 0 || oj <= 0) {
            return 0;
        }
        double cc = c;
        return switch (this) {
            case ASSOCIATION -> n * cc / ((double) oi * oj);
            case COSINE -> cc / Math.sqrt((double) oi * oj);
            case JACCARD -> cc / (oi + oj - cc);
            case INCLUSION -> cc / Math.min(oi, oj);
            case EQUIVALENCE -> cc * cc / ((double) oi * oj);
        };
    }

    /** The lower-case name used as a parameter value. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Normalization fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
