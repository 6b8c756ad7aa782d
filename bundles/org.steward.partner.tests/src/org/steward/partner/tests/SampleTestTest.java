package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.model.ModelException;
import org.steward.partner.sampletest.Figure;
import org.steward.partner.sampletest.RealSampleTier;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;
import org.steward.partner.sampletest.SampleTestEvaluator;
import org.steward.partner.sampletest.SampleTestLimits;
import org.steward.partner.sampletest.SampleTestReport;
import org.steward.testing.EnglishMessages;

/** Sensor-test figures on a small data set whose figures are worked out by hand in the comments. */
@ExtendWith(EnglishMessages.class)
class SampleTestTest {


    /** Line numbers are given in the comments on the right; all figures below are computed by hand from them. */
    static final String DATA = """
            timestamp,reference,sensor,phase,condition
            2026-03-02T09:00:00,100,104,indication,
            2026-03-02T09:20:00,100,106,indication,
            2026-03-02T09:40:00,100,105,indication,
            2026-03-02T10:00:00,400,380,indication,
            2026-03-02T10:20:00,400,384,indication,
            2026-03-02T10:40:00,400,382,indication,
            2026-03-02T11:00:00,200,198,repeatability,
            2026-03-02T11:20:00,200,202,repeatability,
            2026-03-02T11:40:00,200,200,repeatability,
            2026-03-02T12:00:00,200,204,repeatability,
            2026-03-02T12:20:00,200,196,repeatability,
            2026-03-03T00:00:00,0,1.0,zero_drift,
            2026-03-03T06:00:00,0,2.5,zero_drift,
            2026-03-03T12:00:00,0,-1.5,zero_drift,
            2026-03-03T18:00:00,0,3.0,zero_drift,
            2026-03-04T00:00:00,0,2.0,zero_drift,
            2026-03-03T00:30:00,400,400,span_drift,
            2026-03-03T08:30:00,400,404,span_drift,
            2026-03-03T16:30:00,400,410,span_drift,
            2026-03-04T00:30:00,400,398,span_drift,
            2026-03-05 08:00,50,50,response,
            2026-03-05 08:05,50,51,response,
            2026-03-05 08:10,50,49,response,
            2026-03-05 08:15,250,60,response,
            2026-03-05 08:20,250,150,response,
            2026-03-05 08:25,250,220,response,
            2026-03-05 08:30,250,238,response,
            2026-03-05 08:35,250,245,response,
            2026-03-05 08:40,250,248,response,
            2026-03-05 08:45,250,250,response,
            2026/3/5 10:00,100,101,memory,
            2026/3/5 10:10,100,99,memory,
            2026/3/5 10:20,100,100,memory,
            2026/3/5 10:30,400,398,memory,
            2026/3/5 10:40,400,402,memory,
            2026/3/5 10:50,100,104,memory,
            2026/3/5 11:00,100,101,memory,
            2026-03-06T09:00:00+08:00,20,23,real_sample,inlet
            2026-03-06T10:00:00+08:00,45,57,real_sample,inlet
            2026-03-06T11:00:00+08:00,80,98,real_sample,outlet
            2026-03-06T12:00:00+08:00,150,160,real_sample,outlet
            2026-03-06T13:00:00+08:00,300,NA,real_sample,outlet
            """;

    private static SampleTestReport evaluate(String csv, SampleTestLimits limits) throws ModelException {
        List<Reading> readings = new SampleTestCsv("test").parse(csv);
        return new SampleTestEvaluator("test").evaluate(readings, limits);
    }

    @Test
    void figuresMatchHandComputation() throws ModelException {
        SampleTestReport r = evaluate(DATA, SampleTestLimits.defaults(500));
        // indication: level 100 mean (104+106+105)/3 = 105 → +5 %; level 400 mean 382 → −4.5 %; figure = +5 %
        Figure indication = r.figure("indicationError");
        assertEquals(5.0, indication.value(), 1e-9);
        assertEquals(Figure.Status.PASS, indication.status());
        // repeatability: mean 200, deviations −2, 2, 0, 4, −4 → Σd² = 40, s = √(40/4) = √10, RSD = √10/200 × 100
        assertEquals(Math.sqrt(10) / 2, r.figure("repeatability").value(), 1e-9);
        // zero drift: x0 = 1.0, largest deviation −1.5 − 1.0 = −2.5 → −2.5/500 × 100 = −0.5 % of range
        assertEquals(-0.5, r.figure("zeroDrift").value(), 1e-9);
        // span drift: x0 = 400, largest deviation 410 − 400 = 10 → 2 % of range
        assertEquals(2.0, r.figure("spanDrift").value(), 1e-9);
        // response: start = mean(50, 51, 49) = 50, end = mean(245, 248, 250) = 247.667, 90 % level = 227.9,
        // first reading ≥ 227.9 is 238 at 08:30; step at 08:15 → T90 = 15 min
        assertEquals(15.0, r.figure("responseTime").value(), 1e-9);
        assertEquals(50 + 0.9 * (743 / 3.0 - 50), (Double) r.figure("responseTime").details().get("target90"), 1e-9);
        // memory: low block mean (101 + 99 + 100)/3 = 100, first low reading after the high block 104 → 4/500 = 0.8 %
        assertEquals(0.8, r.figure("memoryEffect").value(), 1e-9);
        // valid-data rate: 42 lines, 1 missing (NA) and 1 below validMin 0 (−1.5) → 40/42
        assertEquals(100.0 * 40 / 42, r.figure("validDataRate").value(), 1e-9);
        assertEquals(Figure.Status.PASS, r.figure("validDataRate").status());
        // real samples, default tiers 30:5, 60:30%, 100:20%, *:15%:
        // 20→23 |3| ≤ 5 pass; 45→57 +26.7 % ≤ 30 pass; 80→98 +22.5 % > 20 fail; 150→160 +6.7 % pass; 300→NA fail → 3/5
        Figure real = r.figure("realSampleComparison");
        assertEquals(60.0, real.value(), 1e-9);
        assertEquals(Figure.Status.FAIL, real.status());
        assertEquals(List.of(true, true, false, true, false), r.comparisons().stream().map(SampleTestReport.Comparison::pass).toList());
        assertEquals(22.5, r.comparisons().get(2).relativePct(), 1e-9);
        assertFalse(r.passed());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void limitsDecidePassAndFail() throws ModelException {
        // indication limit 4 %: +5 % fails; T90 limit 10 min: 15 min fails; zero drift limit 0.4 %: −0.5 % fails
        SampleTestLimits strict = new SampleTestLimits(500, 0, 4, 10, 0.4, 10, 10, 5, 90,
                RealSampleTier.parseAll(List.of("*:30%")), 80);
        SampleTestReport r = evaluate(DATA, strict);
        assertEquals(Figure.Status.FAIL, r.figure("indicationError").status());
        assertEquals(Figure.Status.FAIL, r.figure("responseTime").status());
        assertEquals(Figure.Status.FAIL, r.figure("zeroDrift").status());
        // all relative ±30 %: 20→23 is +15 % pass, 45→57 pass, 80→98 pass, 150→160 pass, NA fail → 80 % ≥ 80 pass
        assertEquals(80.0, r.figure("realSampleComparison").value(), 1e-9);
        assertEquals(Figure.Status.PASS, r.figure("realSampleComparison").status());
    }

    @Test
    void shortDriftTestIsReportedAndMissingPhasesAreNotTested() throws ModelException {
        SampleTestReport r = evaluate("""
                timestamp,reference,sensor,phase
                2026-03-03T00:00:00,0,1.0,zero_drift
                2026-03-03T12:00:00,0,2.0,zero_drift
                """, SampleTestLimits.defaults(100));
        assertEquals(1.0, r.figure("zeroDrift").value(), 1e-9); // (2 − 1)/100 × 100
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("12"), r.warnings().get(0));
        assertEquals(Figure.Status.NOT_TESTED, r.figure("indicationError").status());
        assertEquals(Figure.Status.NOT_TESTED, r.figure("responseTime").status());
        assertTrue(r.passed()); // tested figures (zero drift, valid-data rate) pass, nothing failed
    }

    @Test
    void withoutPhaseColumnEveryLineIsARealSample() throws ModelException {
        SampleTestReport r = evaluate("timestamp,reference,sensor\n2026-03-06 09:00,200,210\n2026-03-06 10:00,200,240\n",
                SampleTestLimits.defaults(500));
        // 210: +5 % ≤ 15 % pass; 240: +20 % > 15 % fail → 50 %
        assertEquals(50.0, r.figure("realSampleComparison").value(), 1e-9);
        assertEquals(Map.of(), r.figure("memoryEffect").details());
    }

    @Test
    void fallingStepIsTimedToo() throws ModelException {
        // start = 200 (the one reading before the step), end = mean(22, 20, 20) = 20.667; 90 % level
        // 200 − 0.9 × 179.333 = 38.6; readings after the step 150, 80, 45, 30 → first ≤ 38.6 is 30 at 00:20;
        // step at 00:05 → T90 = 15 min
        SampleTestReport r = evaluate("""
                timestamp,reference,sensor,phase
                2026-03-05 00:00,200,200,response
                2026-03-05 00:05,20,150,response
                2026-03-05 00:10,20,80,response
                2026-03-05 00:15,20,45,response
                2026-03-05 00:20,20,30,response
                2026-03-05 00:25,20,22,response
                2026-03-05 00:30,20,20,response
                2026-03-05 00:35,20,20,response
                """, SampleTestLimits.defaults(500));
        assertEquals(15.0, r.figure("responseTime").value(), 1e-9);
    }

    // ---- bad input: line and column named ----

    private static String error(String csv) {
        return assertThrows(ModelException.class, () -> evaluate(csv, SampleTestLimits.defaults(500))).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
        }
    }

    @Test
    void emptyFile() {
        assertMentions(error(""), "empty");
        assertMentions(error("timestamp,reference,sensor\n"), "line 1", "no readings");
    }

    @Test
    void missingColumn() {
        assertMentions(error("timestamp,reference\n2026-03-01 08:00,1\n"), "line 1", "'sensor'");
    }

    @Test
    void badTimestamp() {
        assertMentions(error("timestamp,reference,sensor\n2026-03-01 08:00,1,1\nyesterday,1,1\n"), "line 3", "'timestamp'", "'yesterday'");
        assertMentions(error("timestamp,reference,sensor\n2026-13-01 08:00,1,1\n"), "line 2", "'timestamp'");
    }

    @Test
    void nonNumericValues() {
        assertMentions(error("timestamp,reference,sensor\n2026-03-01 08:00,one,1\n"), "line 2", "'reference'", "'one'");
        assertMentions(error("timestamp,reference,sensor\n2026-03-01 08:00,1,1.2.3\n"), "line 2", "'sensor'", "'1.2.3'");
    }

    @Test
    void unknownPhase() {
        assertMentions(error("timestamp,reference,sensor,phase\n2026-03-01 08:00,1,1,warmup\n"), "line 2", "'phase'", "'warmup'",
                "zero_drift");
    }

    @Test
    void tooFewCells() {
        assertMentions(error("timestamp,reference,sensor,phase\n2026-03-01 08:00,1,1\n"), "line 2", "3 cells");
    }

    @Test
    void indicationNeedsPositiveReference() {
        assertMentions(error("timestamp,reference,sensor,phase\n2026-03-01 08:00,0,1,indication\n"), "line 2", "'reference'");
    }

    @Test
    void badRealSampleTiers() {
        assertThrows(IllegalArgumentException.class, () -> RealSampleTier.parseAll(List.of("30:5", "60:30%")));
        assertThrows(IllegalArgumentException.class, () -> RealSampleTier.parseAll(List.of("60:5", "30:30%", "*:1%")));
    }
}
