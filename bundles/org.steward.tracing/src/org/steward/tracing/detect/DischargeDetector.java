package org.steward.tracing.detect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Detects abnormal discharges in a park's sensor readings and merges them into {@link DischargeEvent}s.
 * <p>
 * Each sensor × parameter stream has its own {@link StreamBaseline} (daily pattern learned online, robust z-score
 * and/or CUSUM, see {@link DetectorSettings}). A stream fires after {@code persistence} consecutive abnormal
 * readings; its onset is the first of them (or, for CUSUM, the reading where the cumulative sum last left zero).
 * Abnormal readings join an open event or open one; a new sensor or parameter makes the event
 * {@link EventUpdate.Kind#GREW GROW}; each event closes on its own once none of its sensors has been abnormal for
 * {@code quietPeriod}.
 * <p>
 * Without a {@link SourceGrouping} the park has at most one open event: discharges that overlap in time merge. With
 * one, a sensor that fires joins the open event whose possible sources it can share (upstream, consistent release
 * time), else it opens a new event, so two discharges in different branches give two events (see
 * {@link SourceGrouping} for the rule).
 * <p>
 * One per park; not thread-safe; readings of each sensor must come in time order (streams of different sensors
 * may interleave freely).
 */
public final class DischargeDetector {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String park;
    private final DetectorSettings settings;
    private final Map<String, StreamBaseline> streams = new HashMap<>();
    private final Map<String, StreamBaseline.Verdict> last = new HashMap<>();
    private final Optional<SourceGrouping> grouping;
    private Instant clock = Instant.MIN;
    private int counter;
    /** Open events in opening order. */
    private final List<Open> open = new ArrayList<>();
    /** Sensor → the open event its current abnormal episode belongs to. */
    private final Map<String, Open> engaged = new HashMap<>();

    /** Mutable state of the open event. */
    private static final class Open {
        final String id;
        Instant start;
        Instant peak;
        double peakZ = -1;
        Instant lastAbnormal;
        final Map<String, Activity> sensors = new LinkedHashMap<>();

        Open(String id, Instant start) {
            this.id = id;
            this.start = start;
            this.peak = start;
            this.lastAbnormal = start;
        }
    }

    private static final class Activity {
        final Set<String> parameters = new LinkedHashSet<>();
        Instant first;
        Instant last;
        final Map<String, Double> peak = new LinkedHashMap<>();
        final Map<String, Double> peakZ = new HashMap<>();
    }

    /** A detector whose event ids start with {@code park}. */
    public DischargeDetector(String park, DetectorSettings settings) {
        this.park = Objects.requireNonNull(park, "park");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.grouping = Optional.empty();
    }

    /**
     * A detector that keeps discharges apart when one source cannot explain them (several open events at a time).
     *
     * @since 1.1
     */
    public DischargeDetector(String park, DetectorSettings settings, SourceGrouping grouping) {
        this.park = Objects.requireNonNull(park, "park");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.grouping = Optional.of(grouping);
    }

    public DischargeDetector(DetectorSettings settings) {
        this("event", settings);
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** Judges one reading; returns the event changes it causes (closing a quiet event first), often none. */
    public List<EventUpdate> accept(Observation o) {
        List<EventUpdate> updates = new ArrayList<>(advanceTo(o.time()));
        String key = o.sensor() + '\u0000' + o.parameter();
        StreamBaseline stream = streams.computeIfAbsent(key, k -> new StreamBaseline(settings));
        StreamBaseline.Verdict v = stream.judge(o.time(), o.value());
        last.put(key, v);
        if (!v.fired()) {
            return updates;
        }
        Open target = engaged.get(o.sensor());
        if (target != null && grouping.isPresent()) {
            Activity seen = target.sensors.get(o.sensor());
            if (v.onset().isAfter(seen.last.plus(grouping.get().tolerance()))) {
                target = null; // the sensor was normal for a while: a new plume, assigned afresh
            }
        }
        boolean opened = false;
        if (target == null) {
            target = choose(o.sensor(), v.onset());
            if (target == null) {
                counter++;
                target = new Open(park + "-" + ID_TIME.format(v.onset()) + "-" + counter, v.onset());
                open.add(target);
                opened = true;
            }
            engaged.put(o.sensor(), target);
            Open joined = target;
            grouping.ifPresent(g -> g.join(joined.id, o.sensor(), v.onset()));
        }
        boolean grew = false;
        Activity a = target.sensors.get(o.sensor());
        if (a == null) {
            a = new Activity();
            a.first = v.onset();
            a.last = o.time();
            target.sensors.put(o.sensor(), a);
            grew = true;
        } else if (v.onset().isBefore(a.first)) {
            a.first = v.onset();
        }
        if (o.time().isAfter(a.last)) {
            a.last = o.time();
        }
        grew |= a.parameters.add(o.parameter());
        double absZ = Math.abs(v.z());
        if (absZ > a.peakZ.getOrDefault(o.parameter(), -1.0)) {
            a.peakZ.put(o.parameter(), absZ);
            a.peak.put(o.parameter(), o.value());
        }
        if (absZ > target.peakZ) {
            target.peakZ = absZ;
            target.peak = o.time();
        }
        if (v.onset().isBefore(target.start)) {
            target.start = v.onset();
        }
        if (o.time().isAfter(target.lastAbnormal)) {
            target.lastAbnormal = o.time();
        }
        if (opened) {
            updates.add(new EventUpdate(snapshot(target, Optional.empty()), EventUpdate.Kind.OPENED));
        } else if (grew) {
            updates.add(new EventUpdate(snapshot(target, Optional.empty()), EventUpdate.Kind.GREW));
        }
        return updates;
    }

    /** The open event a newly firing sensor joins; null: it opens a new one. */
    private Open choose(String sensor, Instant onset) {
        if (open.isEmpty()) {
            return null;
        }
        if (grouping.isEmpty()) {
            return open.get(0);
        }
        Optional<String> id = grouping.get().choose(sensor, onset, open.stream().map(e -> e.id).toList());
        return id.flatMap(i -> open.stream().filter(e -> e.id.equals(i)).findFirst()).orElse(null);
    }

    /** Moves the detector's clock; closes every open event that has been quiet for the quiet period. */
    public List<EventUpdate> advanceTo(Instant now) {
        if (now.isAfter(clock)) {
            clock = now;
        }
        List<EventUpdate> closed = new ArrayList<>();
        for (var it = open.iterator(); it.hasNext(); ) {
            Open e = it.next();
            if (!clock.isBefore(e.lastAbnormal.plus(settings.quietPeriod()))) {
                closed.add(new EventUpdate(snapshot(e, Optional.of(e.lastAbnormal)), EventUpdate.Kind.CLOSED));
                it.remove();
                engaged.values().removeIf(x -> x == e);
                grouping.ifPresent(g -> g.close(e.id));
            }
        }
        return closed;
    }

    /** The open event opened first, if any (the only one without a {@link SourceGrouping}). */
    public Optional<DischargeEvent> current() {
        return open.isEmpty() ? Optional.empty() : Optional.of(snapshot(open.get(0), Optional.empty()));
    }

    /**
     * Every open event, in opening order.
     *
     * @since 1.1
     */
    public List<DischargeEvent> openEvents() {
        return open.stream().map(e -> snapshot(e, Optional.empty())).toList();
    }

    /**
     * The baseline's view of the last reading of a stream: the expected value and the robust z-score (for charts);
     * empty before its first reading.
     */
    public Optional<Assessment> lastAssessment(String sensor, String parameter) {
        StreamBaseline.Verdict v = last.get(sensor + '\u0000' + parameter);
        return v == null ? Optional.empty() : Optional.of(new Assessment(v.expected(), v.z(), v.fired()));
    }

    private static DischargeEvent snapshot(Open open, Optional<Instant> end) {
        Map<String, SensorActivity> sensors = new LinkedHashMap<>();
        open.sensors.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((x, y) -> x.first.compareTo(y.first)))
                .forEach(e -> sensors.put(e.getKey(),
                        new SensorActivity(e.getKey(), e.getValue().parameters, e.getValue().first, e.getValue().peak)));
        Set<String> parameters = new LinkedHashSet<>();
        open.sensors.values().forEach(a -> parameters.addAll(a.parameters));
        return new DischargeEvent(open.id, open.start, open.peak, end, sensors, parameters);
    }
}
