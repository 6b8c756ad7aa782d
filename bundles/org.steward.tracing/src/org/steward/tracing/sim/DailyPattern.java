package org.steward.tracing.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.steward.tracing.network.InpDocument;
import org.steward.tracing.network.SewerNetwork;

/**
 * 24 hourly multipliers of the dry-weather flow, normalised to mean 1. Factor {@code i} applies at the middle of
 * hour {@code i}; between middles the factor is interpolated linearly (SWMM holds it constant for the hour; the
 * interpolation avoids artificial jumps on the hour that a detector would flag).
 */
public final class DailyPattern {
    /**
     * The typical shape of municipal dry-weather flow: a minimum around 03:00–05:00 of about half the mean, a
     * morning peak around 09:00–10:00 of about 1.4× and a smaller evening peak around 19:00 (the shape of the
     * diurnal curves in wastewater engineering textbooks and of SWMM's own example pattern in Example3.inp; the
     * numbers are ours, rounded to 0.05).
     */
    public static final DailyPattern TYPICAL = new DailyPattern("typical", new double[] {
        0.80, 0.65, 0.55, 0.50, 0.50, 0.55, 0.75, 1.05, 1.30, 1.40, 1.38, 1.30,
        1.22, 1.15, 1.10, 1.05, 1.05, 1.10, 1.20, 1.28, 1.25, 1.15, 1.00, 0.90});

    /** No daily variation. */
    public static final DailyPattern FLAT = new DailyPattern("flat", filled(1));

    private final String name;
    private final double[] factors;

    public DailyPattern(String name, double[] hourly) {
        if (hourly.length != 24) {
            throw new IllegalArgumentException("pattern " + name + " needs 24 hourly factors, has " + hourly.length);
        }
        double sum = 0;
        for (double f : hourly) {
            if (!(f >= 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("pattern " + name + " has a negative or non-finite factor");
            }
            sum += f;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("pattern " + name + " is all zero");
        }
        this.name = name;
        this.factors = new double[24];
        for (int i = 0; i < 24; i++) {
            factors[i] = hourly[i] * 24 / sum;
        }
    }

    public String name() {
        return name;
    }

    /** The normalised hourly factors (a copy). */
    public double[] factors() {
        return factors.clone();
    }

    /** The factor at a time of day given in seconds since midnight (any real; taken modulo one day). */
    public double at(double secondOfDay) {
        double h = Math.floorMod((long) Math.floor(secondOfDay * 1000), 86_400_000L) / 3_600_000.0 - 0.5;
        int i = (int) Math.floor(h);
        double frac = h - i;
        return (1 - frac) * factors[Math.floorMod(i, 24)] + frac * factors[Math.floorMod(i + 1, 24)];
    }

    /**
     * The HOURLY pattern that the network's [DWF] FLOW lines use most (weighted by their baseline flow), read from
     * [PATTERNS]; empty when the file has none.
     */
    public static Optional<DailyPattern> of(SewerNetwork network) {
        InpDocument doc = network.document();
        Map<String, Double> weight = new HashMap<>();
        for (InpDocument.Section s : doc.sections("DWF")) {
            for (InpDocument.Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (f.size() < 3 || !f.get(1).equalsIgnoreCase("FLOW")) {
                    continue;
                }
                double base = parse(f.get(2), 0);
                for (String p : f.subList(3, f.size())) {
                    String name = unquote(p);
                    if (!name.isEmpty()) {
                        weight.merge(name, Math.max(base, 1e-12), Double::sum);
                    }
                }
            }
        }
        Map<String, double[]> hourly = hourlyPatterns(doc);
        return weight.entrySet().stream()
                .filter(e -> hourly.containsKey(e.getKey()))
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new DailyPattern(e.getKey(), hourly.get(e.getKey())));
    }

    /** [PATTERNS] of type HOURLY with 24 factors: {@code name HOURLY f1 …} then continuation lines {@code name f …}. */
    private static Map<String, double[]> hourlyPatterns(InpDocument doc) {
        Map<String, String> type = new HashMap<>();
        Map<String, double[]> values = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (InpDocument.Section s : doc.sections("PATTERNS")) {
            for (InpDocument.Line l : s.dataLines()) {
                List<String> f = l.fields();
                if (f.size() < 2) {
                    continue;
                }
                String name = f.get(0);
                int from = 1;
                if (!type.containsKey(name)) {
                    type.put(name, f.get(1).toUpperCase(Locale.ROOT));
                    values.put(name, new double[24]);
                    count.put(name, 0);
                    from = 2;
                } else if (!Double.isFinite(parse(f.get(1), Double.NaN))) {
                    from = 2;
                }
                double[] v = values.get(name);
                for (String x : f.subList(from, f.size())) {
                    int n = count.get(name);
                    double d = parse(x, Double.NaN);
                    if (n < 24 && Double.isFinite(d)) {
                        v[n] = d;
                    }
                    count.put(name, n + 1);
                }
            }
        }
        Map<String, double[]> out = new HashMap<>();
        type.forEach((name, t) -> {
            if (t.equals("HOURLY") && count.get(name) == 24 && Arrays.stream(values.get(name)).sum() > 0) {
                out.put(name, values.get(name));
            }
        });
        return out;
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2 ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static double parse(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double[] filled(double v) {
        double[] a = new double[24];
        Arrays.fill(a, v);
        return a;
    }

    @Override
    public String toString() {
        return "DailyPattern[" + name + "]";
    }
}
