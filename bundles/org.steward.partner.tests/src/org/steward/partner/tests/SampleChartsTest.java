package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.partner.chart.SampleCharts;
import org.steward.partner.chart.XyChart;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;

/** The drift chart plots D_k = (x_k − x_0)/R × 100 over hours, the quantity behind the drift figures; values by hand. */
class SampleChartsTest {

    @Test
    void driftSeriesByHand() throws Exception {
        List<Reading> readings = new SampleTestCsv("t.csv").parse("""
                timestamp,reference,sensor,phase
                2026-03-01T00:00,0,1.0,zero_drift
                2026-03-01T04:00,0,2.0,zero_drift
                2026-03-01T08:00,0,3.5,zero_drift
                2026-03-01T00:10,400,400,span_drift
                2026-03-01T12:10,400,NA,span_drift
                2026-03-02T00:10,400,390,span_drift
                2026-03-01T09:00,100,101,indication
                """);
        XyChart chart = SampleCharts.drift("t", readings, 500);
        assertEquals(2, chart.series().size());
        // zero: (2 − 1)/500 × 100 = 0.2 %, (3.5 − 1)/500 × 100 = 0.5 % at 4 h and 8 h
        assertArrayEquals(new double[] {0, 4, 8}, chart.series().get(0).x(), 1e-12);
        assertArrayEquals(new double[] {0, 0.2, 0.5}, chart.series().get(0).y(), 1e-12);
        // span: the NA reading is left out; (390 − 400)/500 × 100 = −2 % at 24 h
        assertArrayEquals(new double[] {0, 24}, chart.series().get(1).x(), 1e-12);
        assertArrayEquals(new double[] {0, -2}, chart.series().get(1).y(), 1e-12);
        // over time: all 7 lines, NA as a gap (NaN), hours from the earliest reading
        XyChart over = SampleCharts.overTime("t", readings);
        assertEquals(7, over.series().get(1).y().length);
        // sorted by time: 00:00, 00:10, 04:00, 08:00, 09:00, 12:10 (NA), next day 00:10 = 24 h 10 min after the first
        assertEquals(Double.NaN, over.series().get(1).y()[5]);
        assertEquals(101.0, over.series().get(1).y()[4], 0);
        assertEquals(24 + 10 / 60.0, over.series().get(1).x()[6], 1e-12);
    }
}
