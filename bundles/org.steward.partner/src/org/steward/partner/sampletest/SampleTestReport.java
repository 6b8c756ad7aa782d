package org.steward.partner.sampletest;

import java.util.List;
import java.util.OptionalDouble;

/**
 * All figures of one sensor test.
 *
 * @param figures     in the order indication error, repeatability, zero drift, span drift, response time, memory
 *                    effect, valid-data rate, real-sample comparison
 * @param comparisons the real-sample comparisons one by one
 * @param warnings    things the reader should know (e.g. a drift test shorter than 24 h)
 */
public record SampleTestReport(List<Figure> figures, List<Comparison> comparisons, List<String> warnings) {
    public SampleTestReport {
        figures = List.copyOf(figures);
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }

    /** Pass when at least one figure was tested and none failed. */
    public boolean passed() {
        return figures.stream().noneMatch(f -> f.status() == Figure.Status.FAIL)
                && figures.stream().anyMatch(f -> f.status() == Figure.Status.PASS);
    }

    public Figure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + id));
    }

    /**
     * One real-sample comparison.
     *
     * @param line        line in the file
     * @param condition   the condition column
     * @param reference   laboratory value
     * @param sensor      sensor reading, empty if missing (a missing reading fails)
     * @param error       sensor − reference (NaN if missing)
     * @param relativePct error / reference × 100 (NaN if missing or reference 0)
     * @param tier        the limit applied
     * @param pass        whether it is within the limit
     */
    public record Comparison(int line, String condition, double reference, OptionalDouble sensor, double error, double relativePct,
                             RealSampleTier tier, boolean pass) {
    }
}
