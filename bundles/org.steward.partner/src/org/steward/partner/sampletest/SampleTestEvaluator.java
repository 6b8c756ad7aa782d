package org.steward.partner.sampletest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.core.model.ModelException;
import org.steward.partner.internal.Messages;

/**
 * Computes the performance figures of a sensor-sample test in the style of the Chinese online-analyser standards
 * (HJ 377-2019 for COD<sub>Cr</sub> analysers and its companions) and ISO 15839:2003. Formulas, with x a sensor
 * reading, c a reference value and R the measuring range ({@link SampleTestLimits#range()}):
 * <ul>
 * <li><b>indication error</b> (phase {@code indication}): per reference level c, e = (x̄ − c)/c × 100 %, x̄ the mean of
 * its readings; the figure is the e with the largest |e|; pass if every |e| ≤ limit;</li>
 * <li><b>repeatability</b> ({@code repeatability}): per level with ≥ 2 readings, RSD = s/x̄ × 100 % with s the
 * sample standard deviation (n − 1); the figure is the largest RSD;</li>
 * <li><b>24 h zero drift</b> and <b>span drift</b> ({@code zero_drift}, {@code span_drift}): readings in time order,
 * x₀ the first; D = (x_k − x₀)/R × 100 % for the x_k farthest from x₀; pass if |D| ≤ limit;</li>
 * <li><b>response time T90</b> ({@code response}): the step is the first line whose reference differs from the first
 * line's, at time t_s; x_start = mean reading before it, x_end = mean of the last (up to) 3 readings; T90 = time of
 * the first reading at or after t_s that has covered 90 % of x_end − x_start, minus t_s (no interpolation);</li>
 * <li><b>memory effect</b> ({@code memory}): reference blocks low → high → low in time order;
 * M = (first reading of the second low block − mean of the first low block)/R × 100 %;</li>
 * <li><b>valid-data rate</b> (all lines): readings present, numeric and within [validMin, R] / all lines × 100 %;</li>
 * <li><b>real-sample comparison</b> ({@code real_sample}): each reading against its laboratory value, absolute or
 * relative limit by reference level ({@link RealSampleTier}); the figure is the share within limits.</li>
 * </ul>
 */
public final class SampleTestEvaluator {
    private static final String PCT = "%";
    private static final String PCT_RANGE = "% of range";
    private static final String ABS_LE = "|value| <= limit";

    private final String source;

    public SampleTestEvaluator(String source) {
        this.source = source;
    }

    public SampleTestReport evaluate(List<Reading> readings, SampleTestLimits limits) throws ModelException {
        List<String> warnings = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        figures.add(indication(of(readings, Phase.INDICATION), limits));
        figures.add(repeatability(of(readings, Phase.REPEATABILITY), limits));
        figures.add(drift("zeroDrift", of(readings, Phase.ZERO_DRIFT), limits.range(), limits.zeroDriftPct(), warnings));
        figures.add(drift("spanDrift", of(readings, Phase.SPAN_DRIFT), limits.range(), limits.spanDriftPct(), warnings));
        figures.add(response(of(readings, Phase.RESPONSE), limits));
        figures.add(memory(of(readings, Phase.MEMORY), limits));
        figures.add(validRate(readings, limits));
        List<SampleTestReport.Comparison> comparisons = new ArrayList<>();
        figures.add(realSample(of(readings, Phase.REAL_SAMPLE), limits, comparisons));
        return new SampleTestReport(figures, comparisons, warnings);
    }

    private static List<Reading> of(List<Reading> readings, Phase phase) {
        return readings.stream().filter(r -> r.phase() == phase)
                .sorted(Comparator.comparing(Reading::time).thenComparingInt(Reading::line)).toList();
    }

    private static List<Reading> present(List<Reading> readings) {
        return readings.stream().filter(r -> r.sensor().isPresent()).toList();
    }

    private static double x(Reading r) {
        return r.sensor().getAsDouble();
    }

    private static Map<Double, List<Reading>> levels(List<Reading> readings) {
        Map<Double, List<Reading>> levels = new LinkedHashMap<>();
        for (Reading r : readings) {
            levels.computeIfAbsent(r.reference(), k -> new ArrayList<>()).add(r);
        }
        return levels;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static double mean(List<Reading> readings) {
        return readings.stream().mapToDouble(SampleTestEvaluator::x).average().orElse(Double.NaN);
    }

    private Figure indication(List<Reading> all, SampleTestLimits limits) throws ModelException {
        String id = "indicationError";
        List<Reading> readings = present(all);
        if (readings.isEmpty()) {
            return Figure.notTested(id, PCT, limits.indicationPct(), ABS_LE, Messages.get("sample.notTested.phase", "indication"));
        }
        List<Map<String, Object>> details = new ArrayList<>();
        double worst = 0;
        boolean pass = true;
        for (Map.Entry<Double, List<Reading>> level : levels(readings).entrySet()) {
            double c = level.getKey();
            if (!(c > 0)) {
                throw new ModelException(source, Messages.get("sample.referenceNotPositive", level.getValue().get(0).line(), "indication"));
            }
            double e = (mean(level.getValue()) - c) / c * 100;
            details.add(ordered("reference", c, "n", level.getValue().size(), "mean", mean(level.getValue()), "errorPct", e));
            if (Math.abs(e) > Math.abs(worst)) {
                worst = e;
            }
            pass &= Math.abs(e) <= limits.indicationPct();
        }
        return Figure.judged(id, worst, PCT, limits.indicationPct(), ABS_LE, pass, readings.size(), Map.of("levels", details));
    }

    private Figure repeatability(List<Reading> all, SampleTestLimits limits) {
        String id = "repeatability";
        List<Map<String, Object>> details = new ArrayList<>();
        double worst = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (Map.Entry<Double, List<Reading>> level : levels(present(all)).entrySet()) {
            List<Reading> rs = level.getValue();
            double m = mean(rs);
            if (rs.size() < 2 || !(m > 0)) {
                continue;
            }
            double ss = 0;
            for (Reading r : rs) {
                ss += (x(r) - m) * (x(r) - m);
            }
            double s = Math.sqrt(ss / (rs.size() - 1));
            double rsd = s / m * 100;
            details.add(ordered("reference", level.getKey(), "n", rs.size(), "mean", m, "sd", s, "rsdPct", rsd));
            worst = Math.max(worst, rsd);
            n += rs.size();
        }
        if (details.isEmpty()) {
            return Figure.notTested(id, PCT, limits.repeatabilityPct(), "value <= limit", Messages.get("sample.notTested.repeatability"));
        }
        return Figure.judged(id, worst, PCT, limits.repeatabilityPct(), "value <= limit", worst <= limits.repeatabilityPct(), n,
                Map.of("levels", details));
    }

    private static Figure drift(String id, List<Reading> all, double range, double limit, List<String> warnings) {
        List<Reading> rs = present(all);
        if (rs.size() < 2) {
            return Figure.notTested(id, PCT_RANGE, limit, ABS_LE,
                    Messages.get("sample.notTested.drift", id.equals("zeroDrift") ? "zero_drift" : "span_drift"));
        }
        double x0 = x(rs.get(0));
        double dev = 0;
        for (Reading r : rs) {
            double d = x(r) - x0;
            if (Math.abs(d) > Math.abs(dev)) {
                dev = d;
            }
        }
        double hours = Duration.between(rs.get(0).time(), rs.get(rs.size() - 1).time()).toSeconds() / 3600.0;
        if (hours < 24) {
            warnings.add(Messages.get("sample.warning.driftShort", id, Messages.number(Math.round(hours * 100) / 100.0)));
        }
        double value = dev / range * 100;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("first", x0);
        details.put("largestDeviation", dev);
        details.put("hours", hours);
        return Figure.judged(id, value, PCT_RANGE, limit, ABS_LE, Math.abs(value) <= limit, rs.size(), details);
    }

    private static Figure response(List<Reading> all, SampleTestLimits limits) {
        String id = "responseTime";
        String rule = "value <= limit";
        if (all.isEmpty()) {
            return Figure.notTested(id, "min", limits.responseMinutes(), rule, Messages.get("sample.notTested.phase", "response"));
        }
        double r0 = all.get(0).reference();
        int step = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).reference() != r0) {
                step = i;
                break;
            }
        }
        if (step < 0) {
            return Figure.notTested(id, "min", limits.responseMinutes(), rule, Messages.get("sample.notTested.noStep"));
        }
        List<Reading> before = present(all.subList(0, step));
        List<Reading> after = present(all.subList(step, all.size()));
        if (before.isEmpty() || after.isEmpty()) {
            return Figure.notTested(id, "min", limits.responseMinutes(), rule, Messages.get("sample.notTested.stepSides"));
        }
        double start = mean(before);
        double end = mean(after.subList(Math.max(0, after.size() - 3), after.size()));
        if (end == start) {
            return Figure.notTested(id, "min", limits.responseMinutes(), rule, Messages.get("sample.notTested.noChange"));
        }
        double target = start + 0.9 * (end - start);
        boolean rising = end > start;
        Reading stepRow = all.get(step);
        for (Reading r : after) {
            if (rising ? x(r) >= target : x(r) <= target) {
                double minutes = Duration.between(stepRow.time(), r.time()).toMillis() / 60000.0;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("stepLine", stepRow.line());
                details.put("start", start);
                details.put("end", end);
                details.put("target90", target);
                details.put("reachedLine", r.line());
                return Figure.judged(id, minutes, "min", limits.responseMinutes(), rule, minutes <= limits.responseMinutes(),
                        all.size(), details);
            }
        }
        return Figure.notTested(id, "min", limits.responseMinutes(), rule, Messages.get("sample.notTested.noChange"));
    }

    private static Figure memory(List<Reading> all, SampleTestLimits limits) {
        String id = "memoryEffect";
        List<List<Reading>> blocks = new ArrayList<>();
        for (Reading r : all) {
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).reference() != r.reference()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(r);
        }
        for (int b = 0; b + 2 < blocks.size(); b++) {
            double low = blocks.get(b).get(0).reference();
            double high = blocks.get(b + 1).get(0).reference();
            if (high > low && blocks.get(b + 2).get(0).reference() == low) {
                List<Reading> lowBefore = present(blocks.get(b));
                List<Reading> lowAfter = present(blocks.get(b + 2));
                if (lowBefore.isEmpty() || lowAfter.isEmpty()) {
                    continue;
                }
                double base = mean(lowBefore);
                double first = x(lowAfter.get(0));
                double value = (first - base) / limits.range() * 100;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("low", low);
                details.put("high", high);
                details.put("lowMeanBefore", base);
                details.put("firstLowAfter", first);
                details.put("firstLowAfterLine", lowAfter.get(0).line());
                return Figure.judged(id, value, PCT_RANGE, limits.memoryPct(), ABS_LE, Math.abs(value) <= limits.memoryPct(),
                        lowBefore.size() + present(blocks.get(b + 1)).size() + 1, details);
            }
        }
        return Figure.notTested(id, PCT_RANGE, limits.memoryPct(), ABS_LE, Messages.get("sample.notTested.memory"));
    }

    private static Figure validRate(List<Reading> all, SampleTestLimits limits) {
        String id = "validDataRate";
        long valid = all.stream().filter(r -> r.sensor().isPresent() && x(r) >= limits.validMin() && x(r) <= limits.range()).count();
        long missing = all.stream().filter(r -> r.sensor().isEmpty()).count();
        double rate = 100.0 * valid / all.size();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lines", all.size());
        details.put("valid", valid);
        details.put("missing", missing);
        details.put("outOfRange", all.size() - valid - missing);
        return Figure.judged(id, rate, PCT, limits.validRatePct(), "value >= limit", rate >= limits.validRatePct(), all.size(), details);
    }

    private static Figure realSample(List<Reading> all, SampleTestLimits limits, List<SampleTestReport.Comparison> out) {
        String id = "realSampleComparison";
        String rule = "value >= limit";
        if (all.isEmpty()) {
            return Figure.notTested(id, PCT, limits.realSamplePassPct(), rule, Messages.get("sample.notTested.phase", "real_sample"));
        }
        int passed = 0;
        double worst = 0;
        for (Reading r : all) {
            RealSampleTier tier = RealSampleTier.forReference(limits.realSampleTiers(), r.reference());
            double error = r.sensor().isPresent() ? x(r) - r.reference() : Double.NaN;
            double rel = r.sensor().isPresent() && r.reference() != 0 ? error / r.reference() * 100 : Double.NaN;
            boolean pass;
            if (r.sensor().isEmpty()) {
                pass = false;
            } else if (tier.relative()) {
                pass = !Double.isNaN(rel) && Math.abs(rel) <= tier.limit();
            } else {
                pass = Math.abs(error) <= tier.limit();
            }
            if (!Double.isNaN(rel) && Math.abs(rel) > Math.abs(worst)) {
                worst = rel;
            }
            passed += pass ? 1 : 0;
            out.add(new SampleTestReport.Comparison(r.line(), r.condition(), r.reference(), r.sensor(), error, rel, tier, pass));
        }
        double share = 100.0 * passed / all.size();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("comparisons", all.size());
        details.put("withinLimit", passed);
        details.put("largestRelativeErrorPct", worst);
        details.put("tiers", limits.realSampleTiers().stream().map(RealSampleTier::toString).toList());
        return Figure.judged(id, share, PCT, limits.realSamplePassPct(), rule, share >= limits.realSamplePassPct(), all.size(), details);
    }
}
