package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.model.ModelException;
import org.steward.partner.topsis.DecisionMatrixCsv;
import org.steward.partner.topsis.SwapPoint;
import org.steward.partner.topsis.Topsis;
import org.steward.partner.topsis.TopsisResult;
import org.steward.testing.EnglishMessages;

/** TOPSIS against the published fighter-aircraft example and hand-derived sensitivity. */
@ExtendWith(EnglishMessages.class)
class TopsisTest {

    private static final double THREE_DECIMALS = 0.0005;

    private static TopsisResult analyse(String csv) throws ModelException {
        return Topsis.analyse(new DecisionMatrixCsv("test").parse(csv));
    }

    /**
     * Source: C.-L. Hwang and K. Yoon, <i>Multiple Attribute Decision Making: Methods and Applications</i>,
     * Springer (Lecture Notes in Economics and Mathematical Systems 186), 1981, the fighter-aircraft example used
     * throughout the book (TOPSIS section): A1..A4 on maximum speed (Mach), ferry range (NM), maximum payload (lb),
     * acquisition cost ($10^6, a cost), reliability and manoeuvrability (interval scales), w = (0.2, 0.1, 0.1, 0.1,
     * 0.2, 0.3). Published relative closeness, as recalled: C1 = 0.643, C2 = 0.268, C3 = 0.614, C4 = 0.312
     * (order A1 > A3 > A4 > A2). Because the table could not be opened when this test was written, all values,
     * including the separation measures, were also recomputed independently with numpy (a separate implementation
     * of the same steps): C = 0.64328, 0.26838, 0.61354, 0.31229; S+ = 0.05456, 0.11968, 0.05798, 0.10094;
     * S− = 0.09838, 0.04390, 0.09204, 0.04584.
     */
    @Test
    void hwangYoonFighterAircraft() throws ModelException {
        TopsisResult r = analyse("""
                alternative,speed,range,payload,cost,reliability,manoeuvrability
                weight,0.2,0.1,0.1,0.1,0.2,0.3
                type,benefit,benefit,benefit,cost,benefit,benefit
                A1,2.0,1500,20000,5.5,5,9
                A2,2.5,2700,18000,6.5,3,5
                A3,1.8,2000,21000,4.5,7,7
                A4,2.2,1800,20000,5.0,5,5
                """);
        assertEquals(0.643, r.closeness("A1"), THREE_DECIMALS);
        assertEquals(0.268, r.closeness("A2"), THREE_DECIMALS);
        assertEquals(0.614, r.closeness("A3"), THREE_DECIMALS);
        assertEquals(0.312, r.closeness("A4"), THREE_DECIMALS);
        assertEquals(List.of("A1", "A3", "A4", "A2"), r.ranking());
        double[] sPlus = {0.05456, 0.11968, 0.05798, 0.10094};
        double[] sMinus = {0.09838, 0.04390, 0.09204, 0.04584};
        for (int i = 0; i < 4; i++) {
            assertEquals(sPlus[i], r.toIdeal().get(i), 0.00001);
            assertEquals(sMinus[i], r.toAntiIdeal().get(i), 0.00001);
        }
        assertEquals(1.0, r.weightSum(), 1e-12);
    }

    @Test
    void weightsAreNormalised() throws ModelException {
        // the same problem with weights ×10: closeness is unchanged (Hwang & Yoon values as above)
        TopsisResult r = analyse("""
                alternative,speed,range,payload,cost,reliability,manoeuvrability
                weight,2,1,1,1,2,3
                type,benefit,benefit,benefit,cost,benefit,benefit
                A1,2.0,1500,20000,5.5,5,9
                A2,2.5,2700,18000,6.5,3,5
                A3,1.8,2000,21000,4.5,7,7
                A4,2.2,1800,20000,5.0,5,5
                """);
        assertEquals(10.0, r.weightSum(), 1e-12);
        assertEquals(0.3, r.weights().get(5), 1e-12);
        assertEquals(0.643, r.closeness("A1"), THREE_DECIMALS);
    }

    /**
     * Hand derivation: with two alternatives each criterion has one of them at the ideal and the other at the
     * anti-ideal, so S+ of the first is the weighted gap on the criterion where it is worse and S− the gap where it
     * is better: C1 = g1/(g1+g2), C2 = g2/(g1+g2) with g_j = w_j·|r_1j − r_2j|. They swap when w1·Δ1 = w2·Δ2.
     * Here Δ1 = |4/5 − 3/5| = 0.2 and Δ2 = |5/13 − 12/13| = 7/13, so with w1 + w2 = 1 the swap is at
     * w1 = Δ2/(Δ1 + Δ2) = 7/9.6 = 0.7291667 (now 0.8: change −0.0708333) and w2 = 2.6/9.6 = 0.2708333 (change
     * +0.0708333). C1 now = 0.16/(0.16 + 0.2·7/13) = 0.597701.
     */
    @Test
    void sensitivityMatchesHandDerivation() throws ModelException {
        TopsisResult r = analyse("alternative,c1,c2\nweight,0.8,0.2\ntype,benefit,benefit\nX,4,5\nY,3,12\n");
        assertEquals(List.of("X", "Y"), r.ranking());
        assertEquals(0.16 / (0.16 + 0.2 * 7 / 13.0), r.closeness("X"), 1e-9);
        SwapPoint c1 = r.sensitivity().get(0).orElseThrow();
        assertEquals(7 / 9.6, c1.swapWeight(), 1e-9);
        assertEquals(7 / 9.6 - 0.8, c1.change(), 1e-9);
        SwapPoint c2 = r.sensitivity().get(1).orElseThrow();
        assertEquals(2.6 / 9.6, c2.swapWeight(), 1e-9);
        assertEquals(2.6 / 9.6 - 0.2, c2.change(), 1e-9);
    }

    /** An alternative better on every criterion is the ideal itself (C = 1) for any weights: no swap exists. */
    @Test
    void dominantAlternativeNeverSwaps() throws ModelException {
        TopsisResult r = analyse("alternative,q,price\nweight,0.5,0.5\ntype,benefit,cost\nGood,9,10\nBad,3,20\n");
        assertEquals(1.0, r.closeness("Good"), 1e-12);
        assertTrue(r.sensitivity().get(0).isEmpty());
        assertTrue(r.sensitivity().get(1).isEmpty());
    }

    @Test
    void quotedNamesMayHoldCommasAndQuotes() throws ModelException {
        TopsisResult r = analyse("alternative,q\nweight,1\ntype,benefit\n\"Vendor, Inc.\",9\n\"The \"\"Other\"\" One\",3\n");
        assertEquals(List.of("Vendor, Inc.", "The \"Other\" One"), r.alternatives());
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        assertMentions(error("alternative,q\nweight,1\ntype,benefit\n\"Vendor,9\nB,3\n"), "line 4", "quote");
    }

    // ---- bad input ----

    private static String error(String csv) {
        return assertThrows(ModelException.class, () -> analyse(csv)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
        }
    }

    @Test
    void emptyFile() {
        assertMentions(error(""), "empty");
    }

    @Test
    void missingWeightRow() {
        assertMentions(error("alternative,a,b\ntype,benefit,cost\nX,1,2\nY,2,1\n"), "'weight'", "line 2", "'type'");
        assertMentions(error("alternative,a,b\n"), "'weight'", "line 1");
    }

    @Test
    void missingTypeRow() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\nX,1,2\nY,2,1\n"), "'type'", "line 3", "'X'");
    }

    @Test
    void unknownType() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cheap\nX,1,2\nY,2,1\n"), "criterion 'b'", "line 3", "'cheap'");
    }

    @Test
    void weightsMustBePositiveNumbers() {
        assertMentions(error("alternative,a,b\nweight,0.5,0\ntype,benefit,cost\nX,1,2\nY,2,1\n"), "criterion 'b'", "line 2", "positive");
        assertMentions(error("alternative,a,b\nweight,-0.5,1\ntype,benefit,cost\nX,1,2\nY,2,1\n"), "criterion 'a'", "line 2", "positive");
        assertMentions(error("alternative,a,b\nweight,half,1\ntype,benefit,cost\nX,1,2\nY,2,1\n"), "criterion 'a'", "line 2", "'half'");
    }

    @Test
    void columnWithoutDiscrimination() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,7\nY,2,7\nZ,3,7\n"), "criterion 'b'", "7");
    }

    @Test
    void negativeValue() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,2\nY,-2,1\n"), "alternative 'Y'", "criterion 'a'",
                "line 5", "negative");
    }

    @Test
    void nonNumericValue() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,2\nY,2,high\n"), "alternative 'Y'", "criterion 'b'",
                "line 5", "'high'");
    }

    @Test
    void raggedRow() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,2,3\nY,2,1\n"), "line 4", "4 cells", "3");
    }

    @Test
    void duplicateAlternative() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,2\nX,2,1\n"), "'X'", "lines 4 and 5");
    }

    @Test
    void tooFewAlternatives() {
        assertMentions(error("alternative,a,b\nweight,0.5,0.5\ntype,benefit,cost\nX,1,2\n"), "1 alternative");
    }
}
