package org.steward.tracing.detect;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link DischargeDetector}. {@link #defaults()} holds the values chosen from
 * {@code releng/benchmarks/detection-benchmark.sh} (see docs/models/tracing.md, "Detection").
 *
 * @param method        how a reading is judged abnormal
 * @param zThreshold    robust z-score above which a reading is abnormal (|z|, both directions)
 * @param cusumK        CUSUM allowance k, in robust standard deviations
 * @param cusumH        CUSUM decision interval h, in robust standard deviations
 * @param persistence   consecutive abnormal readings needed before a stream fires (1 = at once)
 * @param binWidth      width of the time-of-day bins of the daily baseline; must divide 24 h
 * @param binCapacity   normal readings kept per bin (the oldest are forgotten): about days × readings per bin;
 *                      memory is 4 bytes × binCapacity × bins per stream (default 96 × 120: 46 KB)
 * @param minBinSamples readings a bin needs before the daily baseline uses it; until then the stream uses the
 *                      median of its last {@code coldWindow} normal readings
 * @param coldWindow    readings in the cold-start rolling median
 * @param scaleWindow   recent normal residuals whose MAD gives the robust standard deviation
 * @param warmup        normal readings a stream needs before it may fire at all
 * @param levelAlpha    weight of the newest residual in the slow level correction (EWMA), in [0, 1)
 * @param quietPeriod   an event closes when no sensor has been abnormal for this long
 */
public record DetectorSettings(Method method, double zThreshold, double cusumK, double cusumH, int persistence,
                               Duration binWidth, int binCapacity, int minBinSamples, int coldWindow,
                               int scaleWindow, int warmup, double levelAlpha, Duration quietPeriod) {

    /** How a reading is judged abnormal. */
    public enum Method {
        /** |robust z| above {@code zThreshold}. */
        Z,
        /** two-sided CUSUM of the robust z-scores above {@code cusumH}. */
        CUSUM,
        /** either of the two. */
        Z_OR_CUSUM
    }

    public DetectorSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(binWidth, "binWidth");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (!(zThreshold > 0) || !(cusumK >= 0) || !(cusumH > 0)) {
            throw new IllegalArgumentException("zThreshold and cusumH must be positive, cusumK not negative");
        }
        if (persistence < 1 || binCapacity < 1 || minBinSamples < 1 || coldWindow < 1 || scaleWindow < 5 || warmup < 0) {
            throw new IllegalArgumentException("persistence, binCapacity, minBinSamples, coldWindow must be ≥ 1, scaleWindow ≥ 5, warmup ≥ 0");
        }
        if (binWidth.isNegative() || binWidth.isZero() || Duration.ofDays(1).toMillis() % binWidth.toMillis() != 0) {
            throw new IllegalArgumentException("binWidth must divide 24 h, got " + binWidth);
        }
        if (!(levelAlpha >= 0 && levelAlpha < 1)) {
            throw new IllegalArgumentException("levelAlpha must be in [0, 1), got " + levelAlpha);
        }
        if (quietPeriod.isNegative() || quietPeriod.isZero()) {
            throw new IllegalArgumentException("quietPeriod must be positive");
        }
    }

    /** The defaults chosen from the detection benchmark. */
    public static DetectorSettings defaults() {
        return new DetectorSettings(Method.Z_OR_CUSUM, 5.0, 1.5, 10.0, 2, Duration.ofMinutes(15), 120, 8, 30,
                240, 30, 0.02, Duration.ofMinutes(60));
    }

    public DetectorSettings withMethod(Method m) {
        return new DetectorSettings(m, zThreshold, cusumK, cusumH, persistence, binWidth, binCapacity, minBinSamples,
                coldWindow, scaleWindow, warmup, levelAlpha, quietPeriod);
    }

    public DetectorSettings withZ(double threshold) {
        return new DetectorSettings(method, threshold, cusumK, cusumH, persistence, binWidth, binCapacity,
                minBinSamples, coldWindow, scaleWindow, warmup, levelAlpha, quietPeriod);
    }

    public DetectorSettings withCusum(double k, double h) {
        return new DetectorSettings(method, zThreshold, k, h, persistence, binWidth, binCapacity, minBinSamples,
                coldWindow, scaleWindow, warmup, levelAlpha, quietPeriod);
    }

    public DetectorSettings withPersistence(int n) {
        return new DetectorSettings(method, zThreshold, cusumK, cusumH, n, binWidth, binCapacity, minBinSamples,
                coldWindow, scaleWindow, warmup, levelAlpha, quietPeriod);
    }

    public DetectorSettings withLevelAlpha(double alpha) {
        return new DetectorSettings(method, zThreshold, cusumK, cusumH, persistence, binWidth, binCapacity,
                minBinSamples, coldWindow, scaleWindow, warmup, alpha, quietPeriod);
    }

    public DetectorSettings withQuietPeriod(Duration d) {
        return new DetectorSettings(method, zThreshold, cusumK, cusumH, persistence, binWidth, binCapacity,
                minBinSamples, coldWindow, scaleWindow, warmup, levelAlpha, d);
    }

    /**
     * Without the daily baseline: every reading is compared with the rolling median of the last {@code coldWindow}
     * normal readings (a bin never reaches {@code minBinSamples} = binCapacity + 1). For comparison in the benchmark.
     */
    public DetectorSettings noDailyPattern() {
        return new DetectorSettings(method, zThreshold, cusumK, cusumH, persistence, binWidth, binCapacity,
                binCapacity + 1, coldWindow, scaleWindow, warmup, levelAlpha, quietPeriod);
    }

    /** True when the daily baseline is off (see {@link #noDailyPattern()}). */
    public boolean dailyPattern() {
        return minBinSamples <= binCapacity;
    }
}
