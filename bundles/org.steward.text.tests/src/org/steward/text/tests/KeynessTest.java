package org.steward.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.text.DocumentTerms;
import org.steward.text.Keyness;

/** Log-likelihood and chi-square keyness against hand computation and published chi-square critical values. */
class KeynessTest {

    @Test
    void logLikelihoodByHand() {
        // a=10 in a target of c=1000 words, b=5 in a reference of d=2000: E1 = 1000·15/3000 = 5, E2 = 2000·15/3000 = 10,
        // G² = 2(10 ln(10/5) + 5 ln(5/10)) = 2(10 − 5) ln 2 = 10 ln 2 = 6.931472 (Rayson & Garside 2000, eq. for LL).
        assertEquals(10 * Math.log(2), Keyness.logLikelihood(10, 5, 1000, 2000), 1e-12);
        // a term absent from the reference: a=30, b=0, c=500, d=700: E1 = 500·30/1200 = 12.5, G² = 2·30·ln(30/12.5)
        assertEquals(60 * Math.log(2.4), Keyness.logLikelihood(30, 0, 500, 700), 1e-12);
        // same relative frequency → 0
        assertEquals(0, Keyness.logLikelihood(10, 20, 1000, 2000), 1e-12);
    }

    @Test
    void chiSquareByHand() {
        // 2×2 table [[10, 5], [990, 1995]], N = 3000: χ² = N (ad − bc)² / (row1 row2 col1 col2)
        // = 3000 (10·1995 − 5·990)² / (15 · 2985 · 1000 · 2000) = 3000 · 15000² / 8.955e10 = 7.537688
        // (also scipy.stats.chi2_contingency(correction=False) = 7.5376884422)
        assertEquals(3000.0 * 15000 * 15000 / (15.0 * 2985 * 1000 * 2000), Keyness.chiSquare(10, 5, 1000, 2000), 1e-9);
        assertEquals(7.5376884422, Keyness.chiSquare(10, 5, 1000, 2000), 1e-8);
    }

    @Test
    void pValuesMatchPublishedCriticalValues() {
        // chi-square with 1 degree of freedom, critical values (NIST/SEMATECH e-Handbook, table 1.3.6.7.4;
        // the cut-offs 3.84/6.63/10.83/15.13 of Rayson's LL wizard)
        assertEquals(0.05, Keyness.pValue(3.841459), 1e-6);
        assertEquals(0.01, Keyness.pValue(6.634897), 1e-6);
        assertEquals(0.001, Keyness.pValue(10.827566), 1e-6);
        assertEquals(0.0001, Keyness.pValue(15.136705), 1e-7);
        assertEquals(1.0, Keyness.pValue(0), 0);
        assertEquals("**", Keyness.significance(6.93));
        assertEquals("", Keyness.significance(3.0));
        assertEquals("****", Keyness.significance(40));
    }

    @Test
    void compareRanksOverusedTermsAndNamesTheirDocuments() {
        // target: 溯源 ×10 + 管网 ×990 (c = 1000); reference: 溯源 ×5 + 管网 ×1995 (d = 2000)
        DocumentTerms t1 = doc("t1.txt", Map.of("溯源", 6, "管网", 500));
        DocumentTerms t2 = doc("t2.txt", Map.of("溯源", 4, "管网", 490));
        DocumentTerms r1 = doc("r1.txt", Map.of("溯源", 5, "管网", 1995));
        List<Keyness.Score> s = Keyness.compare(List.of(t1, t2), List.of(r1), 1);
        Keyness.Score first = s.get(0);
        assertEquals("溯源", first.term());
        assertTrue(first.overused());
        assertEquals(10, first.target());
        assertEquals(5, first.reference());
        assertEquals(10 * Math.log(2), first.logLikelihood(), 1e-9);
        assertEquals(Set.of("t1.txt", "t2.txt"), first.documents());
        assertEquals("**", first.significance());
        Keyness.Score second = s.get(1);
        assertEquals("管网", second.term());
        assertFalse(second.overused());
    }

    @Test
    void impossibleCountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Keyness.logLikelihood(11, 0, 10, 10));
        assertTrue(e.getMessage().contains("a=11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Keyness.chiSquare(-1, 0, 10, 10));
        assertTrue(Keyness.compare(List.of(), List.of(doc("r", Map.of("x", 1))), 1).isEmpty(), "empty target → no scores");
    }

    private static DocumentTerms doc(String name, Map<String, Integer> f) {
        return new DocumentTerms(name, "UTF-8", 0, 0, f, List.of(), Map.of());
    }
}
