package org.steward.tracing.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.SewerNetwork;

/**
 * Simulated sensor readings of a park: a dry-weather daily pattern per parameter, measurement noise, day-to-day
 * drift, and injected discharges carried downstream with the travel time of the fastest path ({@link TravelTimes},
 * Manning) and diluted by the accumulated dry-weather flow ({@link Flows}).
 * <p>
 * Reading of parameter p at sensor s (node j) at time t:
 * <pre>
 *   mean_p · spread_s,p · (1 + amplitude_p · (pattern(t) − 1)) · (1 + drift_s,p(t))  + noise_p · mean_p · N(0,1)
 *   + Σ over injections of p at node i active at i at time t − τ(i→j):  C · dilution(i→j)
 * </pre>
 * Deterministic: every random number is drawn from a generator seeded by (seed, sensor, parameter, time), so the
 * same call gives the same readings and overlapping windows agree. Not thread-safe (travel times and dilutions are
 * cached per discharge node): use it from one thread.
 */
public final class DischargeSimulator {
    private final SewerNetwork network;
    private final List<SensorSpec> sensors;
    private final int[] sensorNode;
    private final long seed;
    private final TravelTimes travel;
    private final Flows flows;
    private final List<Injection> injections = new ArrayList<>();
    private final Map<Integer, double[]> delays = new HashMap<>();
    private final Map<Integer, double[]> dilutions = new HashMap<>();
    private final Map<String, ParameterProfile> profiles = new HashMap<>();
    private DailyPattern pattern;
    private ZoneId zone = ZoneOffset.UTC;
    private boolean noisy = true;

    /**
     * @param sensors the sensors (ids unique, nodes of {@code network})
     * @param seed    seed of all random numbers
     */
    public DischargeSimulator(SewerNetwork network, List<SensorSpec> sensors, long seed) {
        this(network, sensors, seed, TravelTimes.of(network));
    }

    public DischargeSimulator(SewerNetwork network, List<SensorSpec> sensors, long seed, TravelTimes travel) {
        this.network = Objects.requireNonNull(network, "network");
        this.sensors = List.copyOf(sensors);
        this.seed = seed;
        this.travel = Objects.requireNonNull(travel, "travel");
        this.sensorNode = new int[this.sensors.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < this.sensors.size(); i++) {
            SensorSpec s = this.sensors.get(i);
            if (seen.put(s.id(), i) != null) {
                throw new IllegalArgumentException("sensor id " + s.id() + " is given twice");
            }
            sensorNode[i] = nodeIndex(s.node(), "sensor " + s.id());
        }
        this.flows = new Flows(network);
        this.pattern = DailyPattern.of(network).orElse(DailyPattern.TYPICAL);
    }

    /** The sensors of a sidecar, with their parameters. */
    public static DischargeSimulator of(SewerNetwork network, Attachments attachments, long seed) {
        List<SensorSpec> specs = new ArrayList<>();
        for (Attachment a : attachments.of(Attachment.Type.SENSOR)) {
            specs.add(new SensorSpec(a.id(), a.node(), a.parameters()));
        }
        return new DischargeSimulator(network, specs, seed);
    }

    public List<SensorSpec> sensors() {
        return sensors;
    }

    /** The daily pattern in use: the file's own HOURLY [DWF] pattern when it has one, else {@link DailyPattern#TYPICAL}. */
    public DailyPattern pattern() {
        return pattern;
    }

    public DischargeSimulator pattern(DailyPattern p) {
        this.pattern = Objects.requireNonNull(p, "pattern");
        return this;
    }

    /** Time zone of the daily pattern (default UTC). */
    public DischargeSimulator zone(ZoneId z) {
        this.zone = Objects.requireNonNull(z, "zone");
        return this;
    }

    /** Replaces the {@link ParameterProfile#typical(String) typical} profile of a parameter. */
    public DischargeSimulator profile(ParameterProfile p) {
        profiles.put(p.name(), p);
        return this;
    }

    public ParameterProfile profileOf(String parameter) {
        return profiles.computeIfAbsent(parameter, ParameterProfile::typical);
    }

    /** Without noise, drift and sensor spread: exactly the pattern plus the plumes (for hand-checked tests). */
    public DischargeSimulator noiseFree() {
        this.noisy = false;
        return this;
    }

    /** Adds a discharge. */
    public DischargeSimulator inject(Injection injection) {
        nodeIndex(injection.node(), "injection");
        injections.add(injection);
        return this;
    }

    public List<Injection> injections() {
        return List.copyOf(injections);
    }

    public void clearInjections() {
        injections.clear();
    }

    /**
     * Readings of every sensor and parameter at from, from + step, … (before {@code to}), in time order, then
     * sensor order, then parameter order.
     */
    public List<Observation> readings(Instant from, Instant to, Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        List<Observation> out = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            for (int i = 0; i < sensors.size(); i++) {
                for (String p : sensors.get(i).parameters()) {
                    out.add(new Observation(sensors.get(i).id(), p, t, value(i, p, t)));
                }
            }
        }
        return out;
    }

    /** One reading. */
    public double value(String sensor, String parameter, Instant t) {
        return value(sensorIndex(sensor), parameter, t);
    }

    /** The dry-weather value without noise (but with the sensor's spread and drift when noisy). */
    public double baseline(String sensor, String parameter, Instant t) {
        int i = sensorIndex(sensor);
        return dry(i, profileOf(parameter), parameter, t);
    }

    /** What the injections add to a sensor's reading at time t. */
    public double excess(String sensor, String parameter, Instant t) {
        return excess(sensorIndex(sensor), parameter, t);
    }

    /** Seconds from node {@code from} to node {@code to} on the fastest path (infinite when not downstream). */
    public double travelSeconds(String from, String to) {
        return delaysFrom(nodeIndex(from, "from"))[nodeIndex(to, "to")];
    }

    /** Change at node {@code to} per unit change at node {@code from}: Q(from)·f(from→to)/Q(to). */
    public double dilution(String from, String to) {
        return dilutionsFrom(nodeIndex(from, "from"))[nodeIndex(to, "to")];
    }

    /** Accumulated dry-weather flow at a node (file units of [DWF] FLOW, or nodes drained when the file has none). */
    public double flow(String node) {
        return flows.total(nodeIndex(node, "node"));
    }

    /** When an injection reaches a sensor, empty if it does not (not downstream, or diluted to nothing). */
    public Optional<Instant> arrival(String sensor, Injection injection) {
        int s = sensorIndex(sensor);
        int i = nodeIndex(injection.node(), "injection");
        double tau = delaysFrom(i)[sensorNode[s]];
        if (!Double.isFinite(tau) || dilutionsFrom(i)[sensorNode[s]] <= 0
                || !sensors.get(s).parameters().contains(injection.parameter())) {
            return Optional.empty();
        }
        return Optional.of(injection.start().plusMillis(Math.round(tau * 1000)));
    }

    private double value(int i, String parameter, Instant t) {
        ParameterProfile p = profileOf(parameter);
        double v = dry(i, p, parameter, t) + excess(i, parameter, t);
        if (noisy && p.noise() > 0) {
            v += p.noise() * Math.abs(p.mean()) * random(i, parameter, t.toEpochMilli(), 1).nextGaussian();
        }
        return v;
    }

    private double dry(int i, ParameterProfile p, String parameter, Instant t) {
        long local = t.getEpochSecond() + zone.getRules().getOffset(t).getTotalSeconds();
        double secondOfDay = Math.floorMod(local, 86_400L) + t.getNano() / 1e9;
        double shape = 1 + p.amplitude() * (pattern.at(secondOfDay) - 1);
        double v = p.mean() * shape;
        if (noisy) {
            double spread = 1 + p.spread() * random(i, parameter, Long.MIN_VALUE, 2).nextGaussian();
            long day = Math.floorDiv(local, 86_400L);
            double frac = (Math.floorMod(local, 86_400L) + t.getNano() / 1e9) / 86_400.0;
            double d0 = random(i, parameter, day, 3).nextGaussian();
            double d1 = random(i, parameter, day + 1, 3).nextGaussian();
            double drift = p.drift() * ((1 - frac) * d0 + frac * d1);
            v *= spread * (1 + drift);
        }
        return v;
    }

    private double excess(int i, String parameter, Instant t) {
        double sum = 0;
        int node = sensorNode[i];
        for (Injection inj : injections) {
            if (!inj.parameter().equals(parameter)) {
                continue;
            }
            int src = nodeIndex(inj.node(), "injection");
            double tau = delaysFrom(src)[node];
            if (!Double.isFinite(tau)) {
                continue;
            }
            Instant arrive = inj.start().plusNanos(Math.round(tau * 1e9));
            if (!t.isBefore(arrive) && t.isBefore(arrive.plus(inj.duration()))) {
                sum += inj.concentration() * dilutionsFrom(src)[node];
            }
        }
        return sum;
    }

    private double[] delaysFrom(int node) {
        return delays.computeIfAbsent(node, travel::fromNode);
    }

    private double[] dilutionsFrom(int node) {
        return dilutions.computeIfAbsent(node, flows::dilutionFrom);
    }

    private SplittableRandom random(int sensor, String parameter, long time, int stream) {
        long h = seed;
        h = mix(h ^ sensors.get(sensor).id().hashCode());
        h = mix(h ^ parameter.hashCode());
        h = mix(h ^ time);
        h = mix(h ^ stream);
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private int sensorIndex(String id) {
        for (int i = 0; i < sensors.size(); i++) {
            if (sensors.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown sensor " + id + "; known: "
                + sensors.stream().map(SensorSpec::id).toList());
    }

    private int nodeIndex(String node, String what) {
        var i = network.indexOf(node);
        if (i.isEmpty()) {
            throw new IllegalArgumentException(what + ": node " + node + " is not in network " + network.fileName());
        }
        return i.getAsInt();
    }

    /** Parameters and profiles in use, for documentation and benchmarks. */
    public Map<String, ParameterProfile> profiles() {
        Map<String, ParameterProfile> out = new LinkedHashMap<>();
        for (SensorSpec s : sensors) {
            for (String p : s.parameters()) {
                out.put(p, profileOf(p));
            }
        }
        return out;
    }
}
