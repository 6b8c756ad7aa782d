package org.steward.tracing.detect;

import java.time.Instant;
import java.util.Arrays;

/**
 * The learned normal behaviour of one sensor × parameter stream and the test of each new reading against it.
 * <p>
 * Expected value = daily pattern + level. The daily pattern is the median of the normal readings of each
 * time-of-day bin (the last {@code binCapacity} of them), interpolated linearly between bin centres; the level is
 * an EWMA of the residuals (absorbs slow day-to-day drift). Until a bin has {@code minBinSamples} readings the
 * expected value is the median of the last {@code coldWindow} normal readings. Scale = 1.4826 × MAD of the last
 * {@code scaleWindow} normal residuals, so z = residual / scale is a robust z-score. As in Holt–Winters, the bins
 * learn the reading minus the level and the level learns the residual, so day-to-day drift lives in the level and
 * does not blur the daily shape. Abnormal readings are not learned, except after {@link #RELEARN_AFTER} abnormal
 * readings in a row: from then on they are learned clipped to expected ± zThreshold·scale, so that a lasting change
 * of level is absorbed instead of alarming forever. CUSUM runs only once the daily bins are learned (a rolling
 * median lags a daily ramp and would bias it).
 * <p>
 * The first day is not periodic: whatever the level drifted during it shows as a jump in the bins where the day
 * wraps round (at the time of day of the first reading), and would fire every day at that hour. So once the stream
 * is a day old, the jump J is estimated by extrapolating the two bins on each side of the wrap linearly to it, the
 * first day's bins are corrected by −J·(fraction of the day elapsed when they were learned), and J goes into the
 * level.
 */
final class StreamBaseline {
    /** Outcome for one reading. {@code fired}: the stream is (now) abnormal; {@code onset}: estimated start. */
    record Verdict(boolean fired, Instant onset, double expected, double z) {
    }

    private static final double MAD_TO_SIGMA = 1.4826;
    /** Abnormal readings in a row after which the stream starts to accept the new level. */
    static final int RELEARN_AFTER = 120;
    private static final long DAY_MS = 86_400_000L;

    private final DetectorSettings s;
    private final long binMs;
    private final float[][] bins;
    private final int[] binCount;
    private final int[] binNext;
    private final double[] binMedian;
    private final int[] binDirty;
    private final double[] cold;
    private int coldCount;
    private int coldNext;
    private final double[] residuals;
    private int residualCount;
    private int residualNext;
    private int residualDirty;
    private double scale = Double.NaN;
    private double level;
    private long normalSeen;
    private double sPlus;
    private double sMinus;
    private Instant plusOnset;
    private Instant minusOnset;
    private int run;
    private Instant runStart;
    private Instant first;
    private boolean periodic;

    StreamBaseline(DetectorSettings settings) {
        this.s = settings;
        this.binMs = settings.binWidth().toMillis();
        int n = (int) (DAY_MS / binMs);
        bins = new float[n][];
        binCount = new int[n];
        binNext = new int[n];
        binMedian = new double[n];
        binDirty = new int[n];
        cold = new double[settings.coldWindow()];
        residuals = new double[settings.scaleWindow()];
    }

    Verdict judge(Instant t, double v) {
        if (first == null) {
            first = t;
        } else if (!periodic && t.toEpochMilli() - first.toEpochMilli() >= DAY_MS) {
            periodic = true;
            closeFirstDay();
        }
        long ms = Math.floorMod(t.toEpochMilli(), DAY_MS);
        int b = (int) (ms / binMs);
        double seasonal = seasonal(ms, b);
        boolean fromBins = !Double.isNaN(seasonal);
        double expected = fromBins ? seasonal + level : coldMedian();
        if (Double.isNaN(expected)) {
            learn(b, v, 0, false);
            return new Verdict(false, t, v, 0);
        }
        double e = v - expected;
        double sc = scale(expected);
        if (Double.isNaN(sc)) {
            learn(b, v, e, fromBins);
            return new Verdict(false, t, expected, 0);
        }
        double z = e / sc;
        // two-sided CUSUM of z, capped so that it falls back below h soon after the readings return to normal
        double cap = 1.5 * s.cusumH();
        double p = Math.min(cap, Math.max(0, sPlus + z - s.cusumK()));
        double m = Math.min(cap, Math.max(0, sMinus - z - s.cusumK()));
        if (sPlus == 0 && p > 0) {
            plusOnset = t;
        }
        if (sMinus == 0 && m > 0) {
            minusOnset = t;
        }
        if (!fromBins) {
            p = 0;
            m = 0;
        }
        sPlus = p;
        sMinus = m;
        boolean zAbnormal = Math.abs(z) > s.zThreshold();
        boolean cAbnormal = sPlus > s.cusumH() || sMinus > s.cusumH();
        boolean abnormal = switch (s.method()) {
            case Z -> zAbnormal;
            case CUSUM -> cAbnormal;
            case Z_OR_CUSUM -> zAbnormal || cAbnormal;
        };
        if (normalSeen < s.warmup()) {
            abnormal = false;
            sPlus = 0;
            sMinus = 0;
        }
        if (!abnormal) {
            run = 0;
            learn(b, v, e, fromBins);
            return new Verdict(false, t, expected, z);
        }
        if (run >= RELEARN_AFTER) {
            double clip = s.zThreshold() * sc;
            double ce = Math.max(-clip, Math.min(clip, e));
            learnClipped(b, expected + ce, ce, fromBins);
        }
        if (run++ == 0) {
            runStart = t;
        }
        Instant onset = runStart;
        if (cAbnormal && s.method() != DetectorSettings.Method.Z) {
            Instant c = sPlus > s.cusumH() ? plusOnset : minusOnset;
            if (c != null && c.isBefore(onset)) {
                onset = c;
            }
        }
        return new Verdict(run >= s.persistence(), onset, expected, z);
    }

    private void learn(int b, double v, double e, boolean fromBins) {
        normalSeen++;
        learnClipped(b, v, e, fromBins);
        if (coldCount > 1 || fromBins) {
            residuals[residualNext] = e;
            residualNext = (residualNext + 1) % residuals.length;
            residualCount = Math.min(residualCount + 1, residuals.length);
            residualDirty++;
        }
    }

    /** Learns a value into its bin, the cold window and the level (not the scale). */
    private void learnClipped(int b, double v, double e, boolean fromBins) {
        if (bins[b] == null) {
            bins[b] = new float[s.binCapacity()];
        }
        bins[b][binNext[b]] = (float) (v - level);
        binNext[b] = (binNext[b] + 1) % s.binCapacity();
        binCount[b] = Math.min(binCount[b] + 1, s.binCapacity());
        binDirty[b]++;
        cold[coldNext] = v;
        coldNext = (coldNext + 1) % cold.length;
        coldCount = Math.min(coldCount + 1, cold.length);
        if (fromBins) {
            level += s.levelAlpha() * e;
        }
    }

    /** Removes the first day's drift from the bins, see the class comment. */
    private void closeFirstDay() {
        int n = bins.length;
        if (n < 6) {
            return;
        }
        long s0 = Math.floorMod(first.toEpochMilli(), DAY_MS);
        int b = (int) (s0 / binMs);
        int l1 = Math.floorMod(b - 1, n);
        int l2 = Math.floorMod(b - 2, n);
        int r1 = Math.floorMod(b + 1, n);
        int r2 = Math.floorMod(b + 2, n);
        for (int x : new int[] {l1, l2, r1, r2}) {
            if (binCount[x] < s.minBinSamples()) {
                return;
            }
        }
        double w = binMs;
        double cl1 = (b - 0.5) * w;
        double cr1 = (b + 1.5) * w;
        double left = median(l1) + (median(l1) - median(l2)) * (s0 - cl1) / w;
        double right = median(r1) - (median(r2) - median(r1)) * (cr1 - s0) / w;
        double jump = left - right;
        for (int x = 0; x < n; x++) {
            if (bins[x] == null) {
                continue;
            }
            if (x == b) { // learned at both ends of the first day: relearn it
                binCount[x] = 0;
                binNext[x] = 0;
                continue;
            }
            double centre = (x + 0.5) * w;
            double f = Math.floorMod((long) (centre - s0), DAY_MS) / (double) DAY_MS;
            for (int i = 0; i < binCount[x]; i++) {
                bins[x][i] -= (float) (jump * f);
            }
            binMedian[x] = medianOf(bins[x], binCount[x]);
            binDirty[x] = 0;
        }
        level += jump;
    }

    /** Daily pattern at this time of day, or NaN while the bin is not learned. */
    private double seasonal(long ms, int b) {
        if (binCount[b] < s.minBinSamples()) {
            return Double.NaN;
        }
        double mb = median(b);
        double centre = (b + 0.5) * binMs;
        int nb = ms < centre ? b - 1 : b + 1;
        nb = Math.floorMod(nb, bins.length);
        if (nb == b || binCount[nb] < s.minBinSamples()) {
            return mb;
        }
        double frac = Math.abs(ms - centre) / binMs;
        return (1 - frac) * mb + frac * median(nb);
    }

    private double median(int b) {
        if (binDirty[b] > 0 && (binCount[b] < 32 || binDirty[b] >= 16)) {
            binMedian[b] = medianOf(bins[b], binCount[b]);
            binDirty[b] = 0;
        }
        return binMedian[b];
    }

    private double coldMedian() {
        return coldCount == 0 ? Double.NaN : medianOf(cold, coldCount);
    }

    private double scale(double expected) {
        if (residualCount < 5) {
            return Double.NaN;
        }
        if (Double.isNaN(scale) || residualDirty >= 32 || residualCount < 64 && residualDirty > 0) {
            double[] r = Arrays.copyOf(residuals, residualCount);
            double med = medianOf(r, r.length);
            for (int i = 0; i < r.length; i++) {
                r[i] = Math.abs(r[i] - med);
            }
            scale = MAD_TO_SIGMA * medianOf(r, r.length);
            residualDirty = 0;
        }
        double floor = 1e-6 * Math.max(1, Math.abs(expected));
        return Math.max(scale, floor);
    }

    private static double medianOf(double[] values, int n) {
        double[] c = Arrays.copyOf(values, n);
        Arrays.sort(c);
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static double medianOf(float[] values, int n) {
        float[] c = Arrays.copyOf(values, n);
        Arrays.sort(c);
        return n % 2 == 1 ? c[n / 2] : ((double) c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
