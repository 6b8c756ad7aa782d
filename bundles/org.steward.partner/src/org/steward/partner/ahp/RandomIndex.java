package org.steward.partner.ahp;

/**
 * Saaty's random consistency index RI(n): the mean consistency index of many random reciprocal matrices of
 * order n with entries drawn from the 1/9…9 scale.
 * <p>
 * Values used (n = 1…15): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59.
 * <ul>
 * <li>n = 1…10: T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill, New York, 1980 (the table
 * reproduced in Saaty, "How to make a decision: The analytic hierarchy process", European Journal of Operational
 * Research 48 (1990) 9–26, where RI(8) = 1.41 gives the CR 0.169 of the house example).</li>
 * <li>n = 11…15: the extension 1.51, 1.48, 1.56, 1.57, 1.59 that is commonly reproduced with Saaty's table (e.g. in
 * Saaty's later books on the AHP). The exact first publication of these five values could not be checked when
 * this code was written; other simulations give slightly different values (e.g. Alonso &amp; Lamata 2006), so a CR
 * near 0.1 for n &gt; 10 should be read with care.</li>
 * </ul>
 * For n = 1 and 2 RI is 0: every reciprocal matrix of order 1 or 2 is consistent, and CR is defined as 0.
 */
public final class RandomIndex {
    /** Largest order with a tabulated RI. */
    public static final int MAX_ORDER = 15;

    private static final double[] RI = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};

    /** Where the values come from, as written into result.json. */
    public static final String SOURCE = "Saaty (1980) The Analytic Hierarchy Process, McGraw-Hill, n=1..10; "
            + "n=11..15 from the commonly reproduced extension of Saaty's table (1.51, 1.48, 1.56, 1.57, 1.59)";

    private RandomIndex() {
    }

    /** RI for order n, 1 ≤ n ≤ 15. */
    public static double of(int n) {
        if (n < 1 || n > MAX_ORDER) {
            throw new IllegalArgumentException("no random index for order " + n + "; the table covers 1.." + MAX_ORDER);
        }
        return RI[n - 1];
    }
}
