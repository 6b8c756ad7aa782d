package org.steward.tracing.live.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.live.LiveTracingConfig;
import org.steward.tracing.network.Attachment;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;

/**
 * Publishes simulated readings of a park's sensors over MQTT ({@code steward/<park>/<sensor>/<parameter>}), faster
 * than real time, with a discharge injected at an enterprise's node every {@code simulator.everySeconds} of wall
 * time.
 * <p>
 * Simulated time starts {@link #LAG} before now (readings older than 7 days are refused by the ingest, readings from
 * the future too), first replays {@link #BACKFILL} of dry weather as fast as the broker takes it so that the
 * detector's baselines are warm, then runs at {@code simulator.speed}× real time, never passing the wall clock
 * (after LAG/(speed−1) of wall time it continues at real time).
 * <p>
 * Discharges never overlap an open event: the next one is injected {@code simulator.everySeconds} (wall) later, but
 * not before the last sensor the plume reaches has seen it pass, plus the quiet period that closes the event, plus
 * {@link #SETTLE} (simulated time). The detector now keeps overlapping discharges apart when one source cannot explain
 * them ({@link org.steward.tracing.detect.SourceGrouping}), but the simulator draws its nodes at random among the
 * enterprises, often two in the same branch (demo park: E01/E02 west, E03/E04 north, E05/E06 east), and plumes that
 * follow each other through a sensor without a normal reading between still merge; the demo keeps one discharge, one
 * event, one final alert, so that what it shows can be checked by eye. Overlapping discharges are tested with readings
 * the tests write (OverlapAlertTest) and with {@code DischargeSimulator}'s several injections (OverlapTest).
 */
public final class SimulatorPublisher implements AutoCloseable {
    static final Duration LAG = Duration.ofDays(6);
    static final Duration BACKFILL = Duration.ofHours(2);
    /** How long one injected discharge lasts (simulated time). */
    static final Duration INJECTION = Duration.ofMinutes(10);
    /** Margin after an event's expected close before the next discharge (detection tail: CUSUM decay, grace). */
    static final Duration SETTLE = Duration.ofMinutes(15);

    private final ParkModel park;
    private final DischargeSimulator sim;
    private final Mqtt mqtt;
    private final Duration step;
    private final double speed;
    private final Duration every;
    private final Duration quiet;
    private final Consumer<String> warn;
    private final Random random;
    private final List<Attachment> enterprises;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long published;
    private volatile List<Injection> injected = List.of();

    private SimulatorPublisher(ParkModel park, Mqtt mqtt, LiveTracingConfig cfg, Duration quiet, Consumer<String> warn) {
        this.park = park;
        Attachments att = park.attachments();
        this.sim = DischargeSimulator.of(park.network(), att, cfg.simulator_seed());
        this.mqtt = mqtt;
        this.step = Duration.ofSeconds(Math.max(1, cfg.simulator_stepSeconds()));
        this.speed = Math.max(1, cfg.simulator_speed());
        this.every = Duration.ofMillis(Math.round(Math.max(1, cfg.simulator_everySeconds()) * 1000 * speed));
        this.quiet = quiet;
        this.warn = warn;
        this.random = new Random(cfg.simulator_seed());
        List<Attachment> ents = att.of(Attachment.Type.ENTERPRISE);
        this.enterprises = ents;
        this.thread = new Thread(this::run, "steward-simulator-" + park.park());
        thread.setDaemon(true);
    }

    /** @param quiet the detector's quiet period (events close after it), to keep discharges apart */
    public static SimulatorPublisher start(ParkModel park, String brokerUri, String clientId, LiveTracingConfig cfg,
                                           Duration quiet, Consumer<String> warn) throws MqttException {
        Mqtt m = new Mqtt(brokerUri, clientId, cfg.username(), cfg.passwordEnv(), 1000);
        SimulatorPublisher p = new SimulatorPublisher(park, m, cfg, quiet, warn);
        p.thread.start();
        return p;
    }

    private void run() {
        Instant t = Instant.now().minus(LAG).truncatedTo(ChronoUnit.MINUTES);
        Instant live = t.plus(BACKFILL);
        long wallStart = 0;
        Instant simStart = live;
        Instant nextInjection = live.plus(Duration.ofMinutes(5));
        try {
            while (running) {
                if (!t.isBefore(live)) {
                    if (wallStart == 0) {
                        wallStart = System.nanoTime();
                    }
                    // the simulated time this wall time stands for, never past now
                    Instant due = simStart.plusNanos((long) ((System.nanoTime() - wallStart) * speed));
                    Instant now = Instant.now();
                    if (due.isAfter(now)) {
                        due = now;
                    }
                    if (t.plus(step).isAfter(due)) {
                        Thread.sleep(Math.max(1, Math.min(200, (long) (Duration.between(due, t.plus(step)).toMillis() / speed))));
                        continue;
                    }
                    if (!t.isBefore(nextInjection)) {
                        Instant earliest = inject(nextInjection);
                        nextInjection = nextInjection.plus(every);
                        if (nextInjection.isBefore(earliest)) {
                            nextInjection = earliest;
                        }
                    }
                }
                for (Observation o : sim.readings(t, t.plus(step), step)) {
                    String payload = "{\"timestamp\":\"" + o.time() + "\",\"value\":" + round(o.value()) + "}";
                    mqtt.publish("steward/" + park.park() + "/" + o.sensor() + "/" + o.parameter(),
                            payload.getBytes(StandardCharsets.UTF_8), false);
                    published++;
                }
                t = t.plus(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (MqttException | RuntimeException e) {
            warn.accept("simulator of park " + park.park() + " stopped: " + e);
        }
    }

    /** Injects a discharge at {@code at}; returns the earliest time the next one may start (see the class comment). */
    private Instant inject(Instant at) {
        sim.clearInjections();
        List<String> parameters = new ArrayList<>();
        for (ParkModel.Sensor s : park.sensors().values()) {
            for (String p : s.parameters()) {
                if (!parameters.contains(p) && !p.equals("ph")) {
                    parameters.add(p);
                }
            }
        }
        String node = enterprises.isEmpty()
                ? park.network().node(random.nextInt(park.network().nodeCount())).id()
                : enterprises.get(random.nextInt(enterprises.size())).node();
        String parameter = parameters.isEmpty() ? "cod" : parameters.get(random.nextInt(parameters.size()));
        double concentration = sim.profileOf(parameter).mean() * 40;
        Injection i = new Injection(node, parameter, at, INJECTION, concentration);
        sim.inject(i);
        injected = List.of(i);
        Instant lastArrival = at;
        for (ParkModel.Sensor s : park.sensors().values()) {
            Instant a = sim.arrival(s.id(), i).orElse(at);
            if (a.isAfter(lastArrival)) {
                lastArrival = a;
            }
        }
        return lastArrival.plus(INJECTION).plus(quiet).plus(SETTLE);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Readings published so far. */
    public long published() {
        return published;
    }

    /** The discharge injected last (empty before the first). */
    public List<Injection> injected() {
        return injected;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mqtt.close();
    }
}
