package org.steward.tracing.ui.internal.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the live park has sent so far: recent readings per sensor and parameter, the latest version of every alert
 * and a sensor's state. Written from the MQTT thread, read by the UI thread: every method is synchronized;
 * {@link #version()} changes on every update so views repaint only when something arrived.
 */
public final class LiveState {
    /** Readings kept per sensor and parameter. */
    public static final int SERIES_LENGTH = 720;
    /** Alerts kept (the oldest are dropped). */
    public static final int ALERTS_KEPT = 200;

    private final Map<String, Map<String, Deque<Sample>>> series = new TreeMap<>();
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private long version;
    private long readings;
    private long alertMessages;
    private long rejected;
    private String lastRejection = "";

    public synchronized void accept(Sample s) {
        Deque<Sample> d = series.computeIfAbsent(s.sensor(), k -> new TreeMap<>()).computeIfAbsent(s.parameter(), k -> new ArrayDeque<>());
        d.addLast(s);
        while (d.size() > SERIES_LENGTH) {
            d.removeFirst();
        }
        readings++;
        version++;
    }

    /** Keeps the newest version of each alert id, in the order the ids were first seen. */
    public synchronized void accept(Alert a) {
        alerts.put(a.id(), a);
        while (alerts.size() > ALERTS_KEPT) {
            alerts.remove(alerts.keySet().iterator().next());
        }
        alertMessages++;
        version++;
    }

    public synchronized void reject(String reason) {
        rejected++;
        lastRejection = reason;
        version++;
    }

    public synchronized void clear() {
        series.clear();
        alerts.clear();
        readings = 0;
        alertMessages = 0;
        rejected = 0;
        lastRejection = "";
        version++;
    }

    public synchronized long version() {
        return version;
    }

    public synchronized long readings() {
        return readings;
    }

    public synchronized long alertMessages() {
        return alertMessages;
    }

    public synchronized long rejected() {
        return rejected;
    }

    public synchronized String lastRejection() {
        return lastRejection;
    }

    /** Sensors that sent readings. */
    public synchronized Set<String> sensors() {
        return new TreeSet<>(series.keySet());
    }

    public synchronized Set<String> parameters(String sensor) {
        return new TreeSet<>(series.getOrDefault(sensor, Map.of()).keySet());
    }

    /** Recent readings of one sensor and parameter, oldest first. */
    public synchronized List<Sample> series(String sensor, String parameter) {
        return new ArrayList<>(series.getOrDefault(sensor, Map.of()).getOrDefault(parameter, new ArrayDeque<>()));
    }

    /** The newest reading of each parameter of a sensor. */
    public synchronized Map<String, Sample> latest(String sensor) {
        Map<String, Sample> out = new TreeMap<>();
        series.getOrDefault(sensor, Map.of()).forEach((p, d) -> {
            if (!d.isEmpty()) {
                out.put(p, d.peekLast());
            }
        });
        return out;
    }

    /** Latest version of each alert, oldest first. */
    public synchronized List<Alert> alerts() {
        return new ArrayList<>(alerts.values());
    }

    public synchronized Optional<Alert> alert(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    /** ALARM when an open alert names the sensor, OK when it sent readings, else NO_DATA. */
    public synchronized SensorState state(String sensor) {
        for (Alert a : alerts.values()) {
            if (a.open() && a.sensors().stream().anyMatch(s -> s.sensor().equals(sensor))) {
                return SensorState.ALARM;
            }
        }
        return series.containsKey(sensor) ? SensorState.OK : SensorState.NO_DATA;
    }
}
