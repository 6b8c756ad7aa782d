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
 * Abnormal readings of every stream join the one open event of the park; a new sensor or parameter makes it
 * {@link EventUpdate.Kind#GREW GROW}; it closes once no stream has been abnormal for {@code quietPeriod}.
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
    private Instant clock = Instant.MIN;
    private int counter;
    private Open open;

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
        final Map<String, Double> peak = new LinkedHashMap<>();
        final Map<String, Double> peakZ = new HashMap<>();
    }

    /** A detector whose event ids start with {@code park}. */
    public DischargeDetector(String park, DetectorSettings settings) {
        this.park = Objects.requireNonNull(park, "park");
        this.settings = Objects.requireNonNull(settings, "settings");
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
        boolean opened = false;
        if (open == null) {
            counter++;
            open = new Open(park + "-" + ID_TIME.format(v.onset()) + "-" + counter, v.onset());
            opened = true;
        }
        boolean grew = false;
        Activity a = open.sensors.get(o.sensor());
        if (a == null) {
            a = new Activity();
            a.first = v.onset();
            open.sensors.put(o.sensor(), a);
            grew = true;
        } else if (v.onset().isBefore(a.first)) {
            a.first = v.onset();
        }
        grew |= a.parameters.add(o.parameter());
        double absZ = Math.abs(v.z());
        if (absZ > a.peakZ.getOrDefault(o.parameter(), -1.0)) {
            a.peakZ.put(o.parameter(), absZ);
            a.peak.put(o.parameter(), o.value());
        }
        if (absZ > open.peakZ) {
            open.peakZ = absZ;
            open.peak = o.time();
        }
        if (v.onset().isBefore(open.start)) {
            open.start = v.onset();
        }
        if (o.time().isAfter(open.lastAbnormal)) {
            open.lastAbnormal = o.time();
        }
        if (opened) {
            updates.add(new EventUpdate(snapshot(Optional.empty()), EventUpdate.Kind.OPENED));
        } else if (grew) {
            updates.add(new EventUpdate(snapshot(Optional.empty()), EventUpdate.Kind.GREW));
        }
        return updates;
    }

    /** Moves the detector's clock; closes the open event if it has been quiet for the quiet period. */
    public List<EventUpdate> advanceTo(Instant now) {
        if (now.isAfter(clock)) {
            clock = now;
        }
        if (open != null && !clock.isBefore(open.lastAbnormal.plus(settings.quietPeriod()))) {
            DischargeEvent closed = snapshot(Optional.of(open.lastAbnormal));
            open = null;
            return List.of(new EventUpdate(closed, EventUpdate.Kind.CLOSED));
        }
        return List.of();
    }

    /** The open event, if any. */
    public Optional<DischargeEvent> current() {
        return open == null ? Optional.empty() : Optional.of(snapshot(Optional.empty()));
    }

    /**
     * The baseline's view of the last reading of a stream: the expected value and the robust z-score (for charts);
     * empty before its first reading.
     */
    public Optional<Assessment> lastAssessment(String sensor, String parameter) {
        StreamBaseline.Verdict v = last.get(sensor + '\u0000' + parameter);
        return v == null ? Optional.empty() : Optional.of(new Assessment(v.expected(), v.z(), v.fired()));
    }

    private DischargeEvent snapshot(Optional<Instant> end) {
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
