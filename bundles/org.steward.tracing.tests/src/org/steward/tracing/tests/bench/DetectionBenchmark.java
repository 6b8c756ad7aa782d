package org.steward.tracing.tests.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.detect.SourceGrouping;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;
import org.steward.tracing.sim.ParameterProfile;
import org.steward.tracing.sim.SensorSpec;

/**
 * False-alarm and detection rates of the discharge detector on simulated readings, for several methods, over many
 * seeded runs. Run by {@code releng/benchmarks/detection-benchmark.sh} on the JDK outside OSGi.
 * <p>
 * False alarms: clean readings (daily pattern, noise, day-to-day drift; no injection) of 4 sensors × 3 parameters
 * (cod, conductivity, ph) every minute for {@code days} days; the first {@link #LEARNING_DAYS} are learning and not
 * counted; every
 * sensor that fires in an event counts as one alarm. Detection: after the learning days, one rectangular discharge of
 * 20 minutes at the sensor's own node (no dilution) raising one random parameter by m × its noise σ, at a random
 * time of the day after the learning days; detected if that sensor fires on that parameter between the arrival and 60 minutes after the end;
 * delay = from the arrival to the reading at which it fired.
 */
public final class DetectionBenchmark {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);
    /** Days of clean readings before false alarms are counted and before the injection. */
    static final int LEARNING_DAYS = 2;
    private static final List<String> PARAMETERS = List.of("cod", "conductivity", "ph");
    private static final String NET = """
            [OPTIONS]
            FLOW_UNITS CMS
            [JUNCTIONS]
            N1  20
            N2  20
            N3  20
            N4  20
            [OUTFALLS]
            O   10  FREE
            [CONDUITS]
            C1  N1  O  500  0.013  0  0
            C2  N2  O  500  0.013  0  0
            C3  N3  O  500  0.013  0  0
            C4  N4  O  500  0.013  0  0
            """;

    private DetectionBenchmark() {
    }

    /** @param grouped with a {@link SourceGrouping} over the four sensors (each on its own branch), as the live service */
    record Variant(String name, DetectorSettings settings, boolean grouped) {
        Variant(String name, DetectorSettings settings) {
            this(name, settings, false);
        }
    }

    static DischargeDetector detector(String park, SewerNetwork net, DetectorSettings settings, boolean grouped) {
        if (!grouped) {
            return new DischargeDetector(park, settings);
        }
        java.util.Map<String, String> nodes = new java.util.LinkedHashMap<>();
        for (SensorSpec s : sensors()) {
            nodes.put(s.id(), s.node());
        }
        return new DischargeDetector(park, settings, new SourceGrouping(net, TravelTimes.of(net), nodes));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        double[] snr = {3, 4, 6, 10};
        SewerNetwork net = InpReader.parse("four-sensors.inp", NET, DirectionPolicy.DECLARED);
        DetectorSettings d = DetectorSettings.defaults();
        DetectorSettings z = d.withMethod(DetectorSettings.Method.Z).withPersistence(2);
        DetectorSettings c = d.withMethod(DetectorSettings.Method.CUSUM).withPersistence(2);
        DetectorSettings zc = d.withMethod(DetectorSettings.Method.Z_OR_CUSUM).withPersistence(2);
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("z>4, no daily pattern", z.withZ(4).noDailyPattern()),
                new Variant("z>4", z.withZ(4)),
                new Variant("z>5", z.withZ(5)),
                new Variant("z>5, persistence 1", z.withZ(5).withPersistence(1)),
                new Variant("cusum k1 h8", c.withCusum(1, 8)),
                new Variant("cusum k1.5 h10", c.withCusum(1.5, 10)),
                new Variant("cusum k1 h8 level 0.05", c.withCusum(1, 8).withLevelAlpha(0.05)),
                new Variant("z>5 or cusum k1.5 h10", zc.withZ(5).withCusum(1.5, 10)),
                new Variant("z>5|cusum k1.5 h10 l.05", zc.withZ(5).withCusum(1.5, 10).withLevelAlpha(0.05)),
                new Variant("z>4|cusum k1.5 h10", zc.withZ(4).withCusum(1.5, 10)),
                new Variant("defaults", d),
                new Variant("defaults, grouped", d, true)));
        if (args.length > 2) {
            variants.removeIf(v -> !v.name().contains(args[2]));
        }
        PrintOut out = new PrintOut();
        out.line("Steward detection benchmark — Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; readings every minute");
        out.line("false alarms: " + runs + " runs × 4 sensors × " + (days - LEARNING_DAYS) + " counted days (after "
                + LEARNING_DAYS + " learning days), parameters " + PARAMETERS + "; detection: " + runs * 4
                + " injections of 20 min per SNR at a random time of day " + (LEARNING_DAYS + 1));
        out.line("SNR = step of the discharge at the sensor in units of the parameter's noise σ "
                + "(cod 16 mg/L, conductivity 12 µS/cm, ph 0.0216); the simulated day-to-day drift is 3, 2 and 0.5 %");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s %8s %12s %9s", "method", "alarms",
                "alarms/s·day", "events/d"));
        for (double s : snr) {
            head.append(String.format(Locale.ROOT, " %8s", "det " + (int) s + "σ"));
        }
        for (double s : snr) {
            head.append(String.format(Locale.ROOT, " %9s", "delay " + (int) s + "σ"));
        }
        out.line(head.toString());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        List<java.util.concurrent.Future<String>> rows = new ArrayList<>();
        for (Variant v : variants) {
            rows.add(pool.submit(() -> {
                double[] fa = falseAlarms(net, v.settings(), v.grouped(), runs, days);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-24s %8d %12.3f %9.2f", v.name(),
                        (long) fa[2], fa[0], fa[1]));
                double[][] det = new double[snr.length][];
                for (int i = 0; i < snr.length; i++) {
                    det[i] = detection(net, v.settings(), v.grouped(), runs * 4, snr[i]);
                    row.append(String.format(Locale.ROOT, " %7.1f%%", det[i][0]));
                }
                for (int i = 0; i < snr.length; i++) {
                    row.append(Double.isNaN(det[i][1]) ? String.format(Locale.ROOT, " %9s", "-")
                            : String.format(Locale.ROOT, " %6.1fmin", det[i][1]));
                }
                return row.toString();
            }));
        }
        for (var f : rows) {
            out.line(f.get());
        }
        pool.shutdown();
        out.line("(alarms: sensors firing on clean data, in all; alarms/s·day: per sensor-day; events/d: park events per "
                + "day; det: share of injections detected; delay: median minutes from arrival to the alarm)");
        throughput(net, out);
    }

    /**
     * Readings per second of {@link DischargeDetector#accept} with the defaults (thread CPU time, median of 5 passes over
     * 4 days of 4 sensors × 3 parameters after a warm-up), against a baseline measured in the same run: the same
     * readings through a per-stream hash lookup and running mean, the least any detector must do.
     */
    static void throughput(SewerNetwork net, PrintOut out) {
        throughput(net, out, false);
        throughput(net, out, true);
    }

    static void throughput(SewerNetwork net, PrintOut out, boolean grouped) {
        List<Observation> obs = new DischargeSimulator(net, sensors(), 9).readings(T0, T0.plus(Duration.ofDays(4)), STEP);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] det = new double[5];
        double[] base = new double[5];
        for (int pass = -1; pass < 5; pass++) {
            long t0 = bean.getCurrentThreadCpuTime();
            DischargeDetector d = detector("tp", net, DetectorSettings.defaults(), grouped);
            int updates = 0;
            for (Observation o : obs) {
                updates += d.accept(o).size();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            java.util.Map<String, double[]> mean = new java.util.HashMap<>();
            for (Observation o : obs) {
                double[] m = mean.computeIfAbsent(o.sensor() + '\u0000' + o.parameter(), k -> new double[2]);
                m[0] += o.value();
                m[1]++;
                updates += m[0] > 1e300 ? 1 : 0;
            }
            long t2 = bean.getCurrentThreadCpuTime();
            if (pass >= 0) {
                det[pass] = obs.size() / ((t1 - t0) / 1e9);
                base[pass] = obs.size() / ((t2 - t1) / 1e9);
            }
            if (updates < 0) {
                out.line("impossible");
            }
        }
        Arrays.sort(det);
        Arrays.sort(base);
        out.line(String.format(Locale.ROOT, "throughput (thread CPU, median of 5 passes over %,d readings): detector%s %,.0f "
                + "readings/s; baseline (hash lookup + running mean) %,.0f readings/s; ratio %.3f", obs.size(),
                grouped ? " (grouped)" : "", det[2],
                base[2], det[2] / base[2]));
    }

    private static List<SensorSpec> sensors() {
        List<SensorSpec> s = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            s.add(new SensorSpec("S" + i, "N" + i, PARAMETERS));
        }
        return s;
    }

    /** {alarms per sensor-day, events per day}. */
    static double[] falseAlarms(SewerNetwork net, DetectorSettings settings, boolean grouped, int runs, int days) {
        long alarms = 0;
        long events = 0;
        for (int r = 0; r < runs; r++) {
            DischargeSimulator sim = new DischargeSimulator(net, sensors(), 1000 + r);
            DischargeDetector det = detector("fa", net, settings, grouped);
            Instant counted = T0.plus(Duration.ofDays(LEARNING_DAYS));
            for (int day = 0; day < days; day++) {
                Instant from = T0.plus(Duration.ofDays(day));
                for (Observation o : sim.readings(from, from.plus(Duration.ofDays(1)), STEP)) {
                    for (EventUpdate u : det.accept(o)) {
                        if (u.kind() == EventUpdate.Kind.CLOSED && !u.event().start().isBefore(counted)) {
                            alarms += u.event().sensors().size();
                            events++;
                        }
                    }
                }
            }
            for (EventUpdate u : det.advanceTo(T0.plus(Duration.ofDays(days + 1)))) {
                if (!u.event().start().isBefore(counted)) {
                    alarms += u.event().sensors().size();
                    events++;
                }
            }
        }
        double sensorDays = runs * 4.0 * (days - LEARNING_DAYS);
        return new double[] {alarms / sensorDays, events / (runs * (double) (days - LEARNING_DAYS)), alarms};
    }

    /** {detection %, median delay minutes}. */
    static double[] detection(SewerNetwork net, DetectorSettings settings, boolean grouped, int n, double snr) {
        int hits = 0;
        List<Double> delays = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            SplittableRandom rnd = new SplittableRandom(5000 + r);
            int sensor = rnd.nextInt(4) + 1;
            String parameter = PARAMETERS.get(rnd.nextInt(PARAMETERS.size()));
            // that sensor and parameter only: the others do not matter for its detection and would only cost time
            List<SensorSpec> one = List.of(new SensorSpec("S" + sensor, "N" + sensor, List.of(parameter)));
            DischargeSimulator sim = new DischargeSimulator(net, one, 2000 + r);
            ParameterProfile p = sim.profileOf(parameter);
            double sigma = p.noise() * Math.abs(p.mean());
            Instant start = T0.plus(Duration.ofDays(LEARNING_DAYS)).plusSeconds(60L * rnd.nextInt(24 * 60));
            Injection inj = new Injection("N" + sensor, parameter, start, Duration.ofMinutes(20), snr * sigma);
            sim.inject(inj);
            DischargeDetector det = detector("d", net, settings, grouped);
            Instant end = start.plus(Duration.ofHours(3));
            Instant firedAt = null;
            Set<String> seen = new HashSet<>();
            for (Instant day = T0; day.isBefore(end); day = day.plus(Duration.ofHours(6))) {
                Instant to = day.plus(Duration.ofHours(6)).isAfter(end) ? end : day.plus(Duration.ofHours(6));
                for (Observation o : sim.readings(day, to, STEP)) {
                    for (EventUpdate u : det.accept(o)) {
                        var a = u.event().sensors().get("S" + sensor);
                        if (firedAt == null && a != null && a.parameters().contains(parameter)
                                && !o.time().isBefore(start) && !o.time().isAfter(inj.end().plus(Duration.ofHours(1)))
                                && seen.add(u.event().id() + parameter)) {
                            firedAt = o.time();
                        }
                    }
                }
            }
            if (firedAt != null) {
                hits++;
                delays.add(Duration.between(start, firedAt).toSeconds() / 60.0);
            }
        }
        double[] d = delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = d.length == 0 ? Double.NaN : d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        return new double[] {100.0 * hits / n, median};
    }

    /** Prints to the console: this is a command line's own output. */
    private static final class PrintOut {
        void line(String s) {
            System.out.println(s);
        }
    }

    static String fmt(double[] a) {
        return Arrays.toString(a);
    }
}
