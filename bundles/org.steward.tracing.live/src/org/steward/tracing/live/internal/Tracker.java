package org.steward.tracing.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.steward.sensor.Reading;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;

/**
 * One park's detection and ranking, on its own thread (the detector is not thread-safe): readings committed by the
 * ingest are queued here, fed to the {@link DischargeDetector} in time order per stream, and every event update is
 * ranked; an alert is handed to the sink when the ranking changed, and once more, final, when the event closes.
 * The detector groups firing sensors by the park's topology ({@link org.steward.tracing.detect.SourceGrouping}), so
 * two discharges that overlap in time in different branches are two events, each with its own alerts (keyed by the
 * event id).
 * <p>
 * Closing is decided on the data clock, never on wall time alone: the event closes once the data clock passes its
 * last abnormal reading plus the detector's quiet period ({@code closeAfterQuietSeconds}). The data clock is the
 * newest reading time traced so far; while no reading arrives it moves on with the wall time since the newest one
 * arrived (checked every second), so an event also closes when the sensors fall silent. Hence the final alert is
 * issued by the first reading stamped at or after end + quiet period (its {@code trigger}), or at most one second after
 * the wall clock has run the rest of the quiet period past the newest reading's arrival, whichever comes first.
 */
public final class Tracker implements AutoCloseable {
    /** An alert version to publish and store. */
    public record Alert(String id, Instant issued, boolean fin, String topNode, double confidence, String json) {
    }

    private static final Duration TICK = Duration.ofSeconds(1);
    private final ParkModel park;
    private final DischargeDetector detector;
    private final EventTracer tracer;
    private final Consumer<Alert> sink;
    private final Consumer<String> warn;
    private final BlockingQueue<List<Reading>> queue = new LinkedBlockingQueue<>(10_000);
    private final Map<String, Instant> lastTime = new HashMap<>();
    private final Map<String, List<Object>> published = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private Instant dataClock = Instant.MIN;
    private long dataClockWallNanos;
    private long unknownSensorWarnings;

    public Tracker(ParkModel park, DetectorSettings settings, Consumer<Alert> sink, Consumer<String> warn) {
        this.park = park;
        this.detector = new DischargeDetector(park.park(), settings, park.grouping());
        this.tracer = park.tracer();
        this.sink = sink;
        this.warn = warn;
        this.thread = new Thread(this::loop, "steward-tracing-" + park.park());
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over committed readings (any park; others are ignored). Blocks when the tracker is 10,000 batches behind. */
    public void offer(List<Reading> readings) {
        try {
            queue.put(readings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        warmUp();
        long nextTick = System.nanoTime();
        while (running) {
            try {
                List<Reading> batch = queue.poll(TICK.toMillis(), TimeUnit.MILLISECONDS);
                if (batch != null) {
                    for (Reading r : batch) {
                        accept(r);
                    }
                }
                if (System.nanoTime() - nextTick >= 0) {
                    nextTick = System.nanoTime() + TICK.toNanos();
                    if (!dataClock.equals(Instant.MIN)) {
                        Instant now = dataClock.plusNanos(System.nanoTime() - dataClockWallNanos);
                        handle(detector.advanceTo(now), Optional.empty());
                        // quiet sensors become evidence as the plume gets overdue at them: re-rank the open events
                        for (var e : detector.openEvents()) {
                            handle(List.of(new EventUpdate(e, EventUpdate.Kind.GREW)), Optional.empty());
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                warn.accept("live tracing of park " + park.park() + ": " + e);
            }
        }
    }

    /**
     * Ranks a made-up event once before the first reading, so that the tracer's travel times to every sensor (one
     * shortest-path search per sensor: about 0.3 s for 1,000 sensors) are not computed while the first real alert waits.
     */
    private void warmUp() {
        try {
            park.sensors().keySet().stream().findFirst().ifPresent(s -> tracer.rank(Map.of(s, Instant.EPOCH), Instant.EPOCH));
        } catch (RuntimeException e) {
            warn.accept("live tracing of park " + park.park() + ": warming up the tracer: " + e);
        }
    }

    private void accept(Reading r) {
        if (!r.park().equals(park.park())) {
            return;
        }
        if (park.sensor(r.sensorId()).isEmpty()) {
            if (unknownSensorWarnings++ < 10) {
                warn.accept("park " + park.park() + ": sensor '" + r.sensorId() + "' is not in "
                        + park.file().getFileName() + "'s attachments; its readings are stored but not traced");
            }
            return;
        }
        String key = r.sensorId() + '\u0000' + r.parameter();
        Instant previous = lastTime.get(key);
        if (previous != null && !r.time().isAfter(previous)) {
            return; // redelivered or late: stored, but the detector wants time order
        }
        lastTime.put(key, r.time());
        if (r.time().isAfter(dataClock)) {
            dataClock = r.time();
            dataClockWallNanos = System.nanoTime();
        }
        handle(detector.accept(new Observation(r.sensorId(), r.parameter(), r.time(), r.value())), Optional.of(r));
    }

    /** @param trigger the reading that caused the updates (the alert's decisive reading), empty when the clock did */
    private void handle(List<EventUpdate> updates, Optional<Reading> trigger) {
        for (EventUpdate u : updates) {
            boolean fin = u.kind() == EventUpdate.Kind.CLOSED;
            java.util.Set<String> busy = new java.util.HashSet<>();
            for (var other : detector.openEvents()) {
                if (!other.id().equals(u.event().id())) {
                    busy.addAll(other.sensors().keySet());
                }
            }
            busy.removeAll(u.event().sensors().keySet());
            var ranking = Ranking.of(tracer, u.event(), dataClock, busy);
            if (ranking.isEmpty()) {
                continue;
            }
            Instant issued = Instant.now();
            Map<String, Object> payload = AlertJson.payload(park, u.event(), ranking.get(), issued, fin, trigger);
            List<Object> key = AlertJson.rankingKey(payload);
            if (!fin && key.equals(published.get(u.event().id()))) {
                continue;
            }
            if (fin) {
                published.remove(u.event().id());
            } else {
                published.put(u.event().id(), key);
            }
            var candidates = ranking.get().location().candidates();
            sink.accept(new Alert(u.event().id(), issued, fin, candidates.isEmpty() ? "" : candidates.get(0).node(),
                    ranking.get().location().confidence(), AlertJson.text(payload)));
        }
    }

    /** The detector's settings (its quiet period closes events). */
    public DetectorSettings settings() {
        return detector.settings();
    }

    /** Readings waiting to be traced. */
    public int backlog() {
        return queue.size();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
