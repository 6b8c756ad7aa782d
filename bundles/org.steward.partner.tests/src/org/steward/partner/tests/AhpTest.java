package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.model.ModelException;
import org.steward.partner.ahp.Ahp;
import org.steward.partner.ahp.AhpResult;
import org.steward.partner.ahp.PairwiseMatrix;
import org.steward.partner.ahp.PairwiseMatrixCsv;
import org.steward.partner.ahp.RandomIndex;
import org.steward.testing.EnglishMessages;

/** AHP weights and consistency against published and hand-derived values. */
@ExtendWith(EnglishMessages.class)
class AhpTest {

    private static final double THREE_DECIMALS = 0.0005;

    private static AhpResult analyse(String csv) throws ModelException {
        return Ahp.analyse(new PairwiseMatrixCsv("test", PairwiseMatrixCsv.DEFAULT_RECIPROCAL_TOLERANCE).parse(csv));
    }

    /**
     * Source: T. L. Saaty, "How to make a decision: The analytic hierarchy process", European Journal of Operational
     * Research 48 (1990) 9–26, the house-buying example: the 8×8 matrix of the factors (1 size of house,
     * 2 transportation, 3 neighbourhood, 4 age, 5 yard space, 6 modern facilities, 7 general condition, 8 financing)
     * and its published priority vector 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333 with λmax = 9.669,
     * CI = 0.238, CR = 0.169. The matrix and the published numbers were written down from memory of that paper; as a
     * check independent of this code they were reproduced to all digits shown with numpy.linalg.eig
     * (0.17302, 0.05398, 0.18811, 0.01751, 0.03104, 0.03632, 0.16683, 0.33319; λmax 9.66889).
     */
    @Test
    void saatyHouseExample1990() throws ModelException {
        AhpResult r = analyse("""
                factor,size,transport,neighbourhood,age,yard,facilities,condition,financing
                size,1,5,3,7,6,6,1/3,1/4
                transport,1/5,1,1/3,5,3,3,1/5,1/7
                neighbourhood,1/3,3,1,6,3,4,6,1/5
                age,1/7,1/5,1/6,1,1/3,1/4,1/7,1/8
                yard,1/6,1/3,1/3,3,1,1/2,1/5,1/6
                facilities,1/6,1/3,1/4,4,2,1,1/5,1/6
                condition,3,5,1/6,7,5,5,1,1/2
                financing,4,7,5,8,6,6,2,1
                """);
        double[] published = {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333};
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], r.weights().get(i), THREE_DECIMALS, r.names().get(i));
        }
        assertEquals(9.669, r.lambdaMax(), THREE_DECIMALS);
        assertEquals(0.238, r.ci(), THREE_DECIMALS);
        assertEquals(1.41, r.ri(), 1e-12);
        assertEquals(0.169, r.cr(), THREE_DECIMALS);
        assertFalse(r.consistent(0.1));
        assertEquals(1.0, r.weights().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    /** A perfectly consistent matrix a_ij = w_i / w_j has eigenvector w and λmax = n exactly, so CI = CR = 0. */
    @Test
    void consistentMatrixGivesItsGeneratingWeights() throws ModelException {
        // w = (0.5, 0.3, 0.2): a12 = 5/3, a13 = 5/2, a23 = 3/2
        AhpResult r = analyse("""
                ,a,b,c
                a,1,5/3,5/2
                b,3/5,1,3/2
                c,2/5,2/3,1
                """);
        assertEquals(0.5, r.weight("a"), 1e-10);
        assertEquals(0.3, r.weight("b"), 1e-10);
        assertEquals(0.2, r.weight("c"), 1e-10);
        assertEquals(3.0, r.lambdaMax(), 1e-10);
        assertEquals(0.0, r.ci(), 1e-10);
        assertTrue(r.consistent(0.1));
    }

    /** Order 2 in closed form: [[1, a], [1/a, 1]] has w = (a/(1+a), 1/(1+a)); RI(2) = 0, so CR is 0 by definition. */
    @Test
    void twoByTwoClosedForm() throws ModelException {
        AhpResult r = analyse("x,p,q\np,1,4\nq,0.25,1\n");
        assertEquals(0.8, r.weight("p"), 1e-12);
        assertEquals(0.2, r.weight("q"), 1e-12);
        assertEquals(0.0, r.cr(), 0.0);
    }

    /**
     * Order 3 in closed form (a known property of 3×3 reciprocal matrices, e.g. Crawford &amp; Williams 1985): the
     * principal eigenvector is proportional to the row geometric means and
     * λmax = 1 + (a12·a23/a13)^(1/3) + (a13/(a12·a23))^(1/3). Expected values computed here from those formulas.
     */
    @Test
    void threeByThreeClosedForm() throws ModelException {
        AhpResult r = analyse("c,x,y,z\nx,1,3,5\ny,1/3,1,3\nz,1/5,1/3,1\n");
        double g1 = Math.cbrt(1 * 3 * 5.0);
        double g2 = Math.cbrt(1 / 3.0 * 1 * 3);
        double g3 = Math.cbrt(1 / 5.0 * 1 / 3.0 * 1);
        double s = g1 + g2 + g3;
        assertEquals(g1 / s, r.weight("x"), 1e-10);
        assertEquals(g2 / s, r.weight("y"), 1e-10);
        assertEquals(g3 / s, r.weight("z"), 1e-10);
        double k = 3.0 * 3.0 / 5.0;
        double lambda = 1 + Math.cbrt(k) + Math.cbrt(1 / k);
        assertEquals(lambda, r.lambdaMax(), 1e-10);
        assertEquals((lambda - 3) / 2, r.ci(), 1e-10);
        assertEquals((lambda - 3) / 2 / 0.58, r.cr(), 1e-10);
    }

    /**
     * A consistent chain (A:B:C:D = 8:4:2:1) with one judgement reversed (A vs D given as 1/8 instead of 8): that
     * judgement must be listed first. Independent check with numpy: CR = 1.013, |ln| deviation of (A, D) 1.663, next
     * (B, D) and (C, D) 1.476.
     */
    @Test
    void reversedJudgementIsNamedFirst() throws ModelException {
        AhpResult r = analyse("""
                ,A,B,C,D
                A,1,2,4,1/8
                B,1/2,1,2,4
                C,1/4,1/2,1,2
                D,8,1/4,1/2,1
                """);
        assertFalse(r.consistent(0.1));
        assertEquals(1.013, r.cr(), THREE_DECIMALS);
        assertEquals("A", r.deviations().get(0).row());
        assertEquals("D", r.deviations().get(0).column());
        assertEquals(1.663, r.deviations().get(0).logDeviation(), THREE_DECIMALS);
    }

    @Test
    void roundedDecimalReciprocalsAndCommentsAreAccepted() throws ModelException {
        AhpResult r = analyse("# fictional example\n\n,a,b,c\na,1,3,9\nb,0.33,1,3\nc,0.11,0.33,1\n");
        // the entries >= 1 are kept, so this is the consistent matrix 1:3:9 → w = (9, 3, 1)/13
        assertEquals(9 / 13.0, r.weight("a"), 1e-10);
        assertEquals(1 / 13.0, r.weight("c"), 1e-10);
    }

    /** One criterion: weight 1, λmax = 1, CI = CR = 0 by definition. */
    @Test
    void singleCriterion() throws ModelException {
        AhpResult r = analyse(",only\nonly,1\n");
        assertEquals(List.of(1.0), r.weights());
        assertEquals(1.0, r.lambdaMax(), 1e-12);
        assertEquals(0.0, r.cr(), 0.0);
        assertTrue(r.deviations().isEmpty());
    }

    @Test
    void randomIndexTableMatchesSaaty() {
        assertEquals(List.of(0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49),
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(RandomIndex::of).toList());
        assertEquals(1.59, RandomIndex.of(15), 0.0);
    }

    // ---- bad input: every message names the cell and the line ----

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
        assertMentions(error("\n  \n"), "empty");
    }

    @Test
    void moreRowsThanColumnsIsNotSquare() {
        assertMentions(error(",a,b\na,1,2\nb,1/2,1\nc,1,1\n"), "not square", "2 criteria", "3 rows");
    }

    @Test
    void shortRowIsNotSquare() {
        assertMentions(error(",a,b,c\na,1,2,3\nb,1/2,1\nc,1/3,1,1\n"), "not square", "line 3", "'b'");
    }

    @Test
    void rowNamesMustMatchHeader() {
        assertMentions(error(",a,b\nb,1,2\na,1/2,1\n"), "line 2", "'b'", "'a'");
    }

    @Test
    void nonReciprocalPairIsNamed() {
        assertMentions(error(",a,b,c\na,1,2,3\nb,1/2,1,4\nc,1/3,1/2,1\n"), "row 'b', column 'c' (line 3)", "row 'c', column 'b' (line 4)");
    }

    @Test
    void zeroIsRejected() {
        assertMentions(error(",a,b\na,1,0\nb,1,1\n"), "row 'a', column 'b' (line 2)", "zero or negative");
    }

    @Test
    void negativeIsRejected() {
        assertMentions(error(",a,b\na,1,2\nb,-1/2,1\n"), "row 'b', column 'a' (line 3)", "negative");
    }

    @Test
    void outsideSaatyScale() {
        assertMentions(error(",a,b\na,1,10\nb,1/10,1\n"), "row 'a', column 'b' (line 2)", "1/9 to 9");
        assertMentions(error(",a,b\na,1,1/10\nb,10,1\n"), "row 'a', column 'b' (line 2)", "1/9 to 9");
    }

    @Test
    void diagonalMustBeOne() {
        assertMentions(error(",a,b\na,1,2\nb,1/2,2\n"), "row 'b', column 'b' (line 3)", "diagonal");
    }

    @Test
    void unparsableCell() {
        assertMentions(error(",a,b\na,1,three\nb,1/3,1\n"), "row 'a', column 'b' (line 2)", "'three'");
        assertMentions(error(",a,b\na,1,1/0\nb,1/3,1\n"), "row 'a', column 'b' (line 2)", "'1/0'");
    }

    @Test
    void moreThanFifteenCriteriaHaveNoRandomIndex() {
        StringBuilder csv = new StringBuilder("c");
        for (int i = 1; i <= 16; i++) {
            csv.append(",k").append(i);
        }
        csv.append('\n');
        for (int i = 1; i <= 16; i++) {
            csv.append('k').append(i);
            for (int j = 1; j <= 16; j++) {
                csv.append(",1");
            }
            csv.append('\n');
        }
        assertMentions(error(csv.toString()), "16 criteria", "15");
    }

    @Test
    void matrixShapeIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new PairwiseMatrix(List.of("a", "b"), new double[][] {{1, 2}}));
    }
}
