package org.steward.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.steward.text.coword.CooccurrenceMatrix;
import org.steward.text.coword.CowordMap;
import org.steward.text.coword.MapFont;
import org.steward.text.coword.MapRenderer;
import org.steward.text.coword.NetworkAnalysis;
import org.steward.text.coword.Normalization;
import org.steward.text.coword.TextRank;

/** Co-occurrence, the five normalisations (checked against hand arithmetic), Leiden and the map picture. */
class CowordTest {

    /*
     * Hand-worked example. Four documents (units, N = 4):
     *   d1 = {A, B, C}, d2 = {A, B}, d3 = {A, C}, d4 = {B}
     * Occurrences: oA = 3 (d1 d2 d3), oB = 3 (d1 d2 d4), oC = 2 (d1 d3).
     * Co-occurrences: cAB = 2 (d1 d2), cAC = 2 (d1 d3), cBC = 1 (d1).
     *
     * association  N·c/(oi·oj): AB = 4·2/(3·3) = 8/9 = 0.888…; AC = 4·2/(3·2) = 8/6 = 1.333…; BC = 4·1/(3·2) = 4/6 = 0.666…
     * cosine       c/√(oi·oj):  AB = 2/√9 = 0.666…;           AC = 2/√6 = 0.816496…;      BC = 1/√6 = 0.408248…
     * jaccard      c/(oi+oj−c): AB = 2/(3+3−2) = 0.5;         AC = 2/(3+2−2) = 0.666…;    BC = 1/(3+2−1) = 0.25
     * inclusion    c/min(oi,oj): AB = 2/3 = 0.666…;           AC = 2/2 = 1;               BC = 1/2 = 0.5
     * equivalence  c²/(oi·oj):  AB = 4/9 = 0.444…;            AC = 4/6 = 0.666…;          BC = 1/6 = 0.1666…
     */
    private static final CooccurrenceMatrix EXAMPLE = CooccurrenceMatrix.ofUnits(List.of("A", "B", "C"),
            List.of(Set.of("A", "B", "C"), Set.of("A", "B"), Set.of("A", "C"), Set.of("B")));

    private static void check(Normalization n, double ab, double ac, double bc) {
        double[][] s = EXAMPLE.normalized(n);
        assertEquals(ab, s[0][1], 1e-9, n + " AB");
        assertEquals(ac, s[0][2], 1e-9, n + " AC");
        assertEquals(bc, s[1][2], 1e-9, n + " BC");
        assertEquals(s[0][1], s[1][0], 0, "symmetric");
        assertEquals(0, s[0][0], 0, "no self-similarity");
    }

    @Test
    void countsOfTheWorkedExample() {
        assertEquals(4, EXAMPLE.units());
        assertEquals(3, EXAMPLE.occurrences(0));
        assertEquals(3, EXAMPLE.occurrences(1));
        assertEquals(2, EXAMPLE.occurrences(2));
        assertEquals(2, EXAMPLE.count(0, 1));
        assertEquals(2, EXAMPLE.count(0, 2));
        assertEquals(1, EXAMPLE.count(1, 2));
    }

    @Test
    void associationStrength() {
        check(Normalization.ASSOCIATION, 8.0 / 9, 8.0 / 6, 4.0 / 6);
    }

    @Test
    void cosine() {
        check(Normalization.COSINE, 2.0 / 3, 0.816496580927726, 0.408248290463863);
    }

    @Test
    void jaccard() {
        check(Normalization.JACCARD, 0.5, 2.0 / 3, 0.25);
    }

    @Test
    void inclusion() {
        check(Normalization.INCLUSION, 2.0 / 3, 1.0, 0.5);
    }

    @Test
    void equivalence() {
        check(Normalization.EQUIVALENCE, 4.0 / 9, 4.0 / 6, 1.0 / 6);
    }

    /** Two 4-cliques {0,1,2,3} and {4,5,6,7} joined by the single edge 3–4. */
    private static double[][] twoCliques() {
        double[][] w = new double[8][8];
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                if (a != b && a / 4 == b / 4) {
                    w[a][b] = 1;
                }
            }
        }
        w[3][4] = 1;
        w[4][3] = 1;
        return w;
    }

    @Test
    void leidenFindsTheTwoCliques() {
        int[] c = NetworkAnalysis.leiden(twoCliques(), 1.0, 42);
        for (int i = 1; i < 4; i++) {
            assertEquals(c[0], c[i], "node " + i + " with the first clique");
            assertEquals(c[4], c[4 + i], "node " + (4 + i) + " with the second clique");
        }
        assertNotEquals(c[0], c[4]);
        // Same seed, same answer.
        assertEquals(List.of(c[0], c[4]), List.of(NetworkAnalysis.leiden(twoCliques(), 1.0, 42)[0], NetworkAnalysis.leiden(twoCliques(), 1.0, 42)[4]));
        // A tiny resolution merges everything into one cluster (modularity with γ → 0 rewards any merge).
        int[] one = NetworkAnalysis.leiden(twoCliques(), 0.01, 42);
        for (int x : one) {
            assertEquals(one[0], x);
        }
    }

    @Test
    void vosLayoutPutsCliqueMembersCloser() {
        double[][] xy = NetworkAnalysis.vosLayout(twoCliques(), 7);
        double within = dist(xy[0], xy[1]) + dist(xy[5], xy[6]);
        double across = dist(xy[0], xy[6]) + dist(xy[1], xy[5]);
        assertTrue(within < across, "within " + within + " across " + across);
    }

    @Test
    void textRankRanksTheBridgeHigherThanAPeriphery() {
        // Star-and-tail: 0 is linked to 1, 2, 3; 3 to 4. The hub 0 must outrank the leaf 4 (by the TextRank formula, a
        // node's score grows with the scores of the nodes pointing to it).
        double[][] w = new double[5][5];
        int[][] edges = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 3, 4 } };
        for (int[] e : edges) {
            w[e[0]][e[1]] = 1;
            w[e[1]][e[0]] = 1;
        }
        double[] s = TextRank.scores(w);
        assertTrue(s[0] > s[4] && s[0] > s[1], java.util.Arrays.toString(s));
        // Scores of a connected graph average 1 under this formula.
        assertEquals(1.0, java.util.Arrays.stream(s).average().orElseThrow(), 1e-4);
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void mapIsDrawnWithChineseLabels() throws Exception {
        assertTrue(MapFont.find().isPresent(), "fonts-noto-cjk is installed on this machine");
        List<String> terms = List.of("管网溯源", "园区管委", "环保管家", "电导率", "污水处理厂", "印染园区", "煤化工", "排污许可");
        double[][] xy = NetworkAnalysis.vosLayout(twoCliques(), 1);
        CowordMap map = new CowordMap(terms, new long[] { 40, 30, 25, 20, 18, 12, 10, 8 }, NetworkAnalysis.leiden(twoCliques(), 1, 1), xy, twoCliques());
        MapRenderer.Rendered r = new MapRenderer(1000, 800, 100).render(map, "测试图");
        assertTrue(r.labels());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.png()));
        assertEquals(1000, img.getWidth());
        assertEquals(800, img.getHeight());
        String svg = new String(r.svg(), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">管网溯源</text>"), "label in the SVG");
        assertTrue(svg.startsWith("<?xml"));
    }
}
