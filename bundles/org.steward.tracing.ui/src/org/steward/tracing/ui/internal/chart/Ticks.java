package org.steward.tracing.ui.internal.chart;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks: steps of 1, 2 or 5 × 10^n covering a value range with about the number asked for. */
public final class Ticks {
    private Ticks() {
    }

    /** The step for about {@code count} ticks over {@code min..max} (a positive span). */
    public static double step(double min, double max, int count) {
        double span = max - min;
        if (!(span > 0) || count < 1) {
            return 1;
        }
        double raw = span / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Tick values: multiples of the step from the first ≥ min to the last ≤ max. */
    public static List<Double> of(double min, double max, int count) {
        double step = step(min, max, count);
        List<Double> out = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double v = first; v <= max + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
            if (out.size() > 1_000) {
                break;
            }
        }
        return out;
    }

    /** The range widened to whole steps, so that a line never touches the frame; a flat range gets ±1. */
    public static double[] padded(double min, double max, int count) {
        if (!(max > min)) {
            double pad = Math.max(1, Math.abs(min) * 0.1);
            return new double[] {min - pad, max + pad};
        }
        double step = step(min, max, count);
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
    }
}
