package org.steward.partner.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.steward.partner.internal.Messages;
import org.steward.partner.sampletest.Phase;
import org.steward.partner.sampletest.Reading;

/** The charts of a sensor sample test: sensor against reference over time, and the drift of the drift phases. */
public final class SampleCharts {
    private SampleCharts() {
    }

    /** Sensor and reference over time (hours from the first reading); missing readings leave gaps. */
    public static XyChart overTime(String title, List<Reading> readings) {
        List<Reading> sorted = readings.stream().sorted(Comparator.comparing(Reading::time)).toList();
        Instant t0 = sorted.isEmpty() ? Instant.EPOCH : sorted.get(0).time();
        double[] x = new double[sorted.size()];
        double[] ref = new double[sorted.size()];
        double[] sensor = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            x[i] = hours(t0, sorted.get(i).time());
            ref[i] = sorted.get(i).reference();
            sensor[i] = sorted.get(i).sensor().orElse(Double.NaN);
        }
        return new XyChart(title, Messages.get("decision.chart.hours"), Messages.get("decision.chart.value"),
                List.of(new XyChart.Series(Messages.get("decision.chart.reference"), x, ref, false),
                        new XyChart.Series(Messages.get("decision.chart.sensor"), x, sensor, false)), false);
    }

    /**
     * Drift of the zero and span phases: D_k = (x_k − x_0)/R × 100 (% of range), x_0 the first reading of the phase, over
     * hours since that reading — the quantity whose largest |D| is the drift figure (docs/models/partner.md).
     */
    public static XyChart drift(String title, List<Reading> readings, double range) {
        List<XyChart.Series> series = new ArrayList<>();
        for (Phase phase : List.of(Phase.ZERO_DRIFT, Phase.SPAN_DRIFT)) {
            List<Reading> p = readings.stream().filter(r -> r.phase() == phase && r.sensor().isPresent())
                    .sorted(Comparator.comparing(Reading::time)).toList();
            if (p.isEmpty()) {
                continue;
            }
            double[] x = new double[p.size()];
            double[] y = new double[p.size()];
            double first = p.get(0).sensor().getAsDouble();
            for (int i = 0; i < p.size(); i++) {
                x[i] = hours(p.get(0).time(), p.get(i).time());
                y[i] = (p.get(i).sensor().getAsDouble() - first) / range * 100;
            }
            series.add(new XyChart.Series(phase.csvName(), x, y, true));
        }
        return new XyChart(title, Messages.get("decision.chart.hours"), Messages.get("chart.driftAxis"), series, false);
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }
}
