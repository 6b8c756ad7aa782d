package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.tracing.ui.internal.chart.Ticks;

/** Axis ticks: 1-2-5 steps, worked out by hand. */
class TicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(20, Ticks.step(0, 100, 5), 1e-12);      // 100/5 = 20 → 2·10
        assertEquals(50, Ticks.step(0, 170, 4), 1e-12);      // 42.5 → 5·10
        assertEquals(0.5, Ticks.step(6.8, 8.3, 4), 1e-12);   // 0.375 → 0.5
        assertEquals(100, Ticks.step(0, 900, 9), 1e-12);     // 100 → 1·100
    }

    @Test
    void ticksAreTheMultiplesInsideTheRange() {
        assertEquals(List.of(7.0, 7.5, 8.0), Ticks.of(6.8, 8.3, 4));
        assertEquals(List.of(0.0, 50.0, 100.0, 150.0), Ticks.of(-3, 170, 4));
    }

    @Test
    void paddingReachesWholeStepsAndAFlatLineGetsARange() {
        assertArrayEquals(new double[] {6.5, 8.5}, Ticks.padded(6.8, 8.3, 4), 1e-12);
        assertArrayEquals(new double[] {9, 11}, Ticks.padded(10, 10, 4), 1e-12);
    }
}
