package org.steward.tracing.live.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.steward.sensor.SensorIngest;
import org.steward.testing.MqttPublisher;
import org.steward.testing.Osgi;
import org.steward.tracing.live.LiveTracing;
import org.steward.tracing.live.internal.LiveTracingComponent;

/**
 * The demo park's five sensors as the live alert tests publish them, one reading per stream and minute: a dry value
 * base + (0, +a, −a)[k mod 3] per parameter, plus what the test's discharge adds.
 */
final class DemoParkStreams {
    static final Map<String, List<String>> STREAMS = Map.of("S01", List.of("cod", "conductivity"),
            "S02", List.of("cod", "conductivity"), "S03", List.of("cod", "conductivity", "ph"),
            "S04", List.of("cod", "conductivity"), "S05", List.of("cod", "conductivity", "ph"));
    static final List<String> ORDER = List.of("S01", "S02", "S03", "S04", "S05");
    private static final Map<String, double[]> BASE_AND_A = Map.of("cod", new double[] {400, 8},
            "conductivity", new double[] {1200, 12}, "ph", new double[] {7.2, 0.02});

    /** What a test's discharge adds to a stream at minute k (0 where it does not reach). */
    interface Excess {
        double at(String sensor, String parameter, int k);
    }

    private DemoParkStreams() {
    }

    static Instant minute(Instant t0, int k) {
        return t0.plus(Duration.ofMinutes(k));
    }

    /** Dry value of a parameter at minute k. */
    static double dry(String parameter, int k) {
        double[] ba = BASE_AND_A.get(parameter);
        return ba[0] + new double[] {0, ba[1], -ba[1]}[k % 3];
    }

    /** Publishes every stream's reading of minute k; returns how many. */
    static int publishMinute(MqttPublisher pub, Instant t0, int k, Excess excess) throws Exception {
        int n = 0;
        for (String sensor : ORDER) {
            for (String parameter : STREAMS.get(sensor)) {
                double v = dry(parameter, k) + excess.at(sensor, parameter, k);
                pub.publish("steward/demo/" + sensor + "/" + parameter, "{\"timestamp\":\"" + minute(t0, k) + "\",\"value\":" + v + "}");
                n++;
            }
        }
        return n;
    }

    /**
     * Waits until the ingest's subscription takes readings: probe readings of a sensor the park does not list
     * (stored, not traced) until one is stored; returns how many were stored.
     */
    static long awaitIngesting(MqttPublisher pub, SensorIngest ingest, Instant t0) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        int i = 0;
        while (ingest.stats().stored() == 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the ingest stored no probe reading within 60 s: " + ingest.stats());
            }
            pub.publish("steward/demo/probe/cod", "{\"timestamp\":\"" + t0.minusSeconds(3600 - i++) + "\",\"value\":1}");
            Thread.sleep(100);
        }
        Thread.sleep(500);
        return ingest.stats().stored();
    }

    /**
     * Live tracing of the demo park (a copy under {@code dir/ws/tracing}) with its store at {@code db}, through the
     * test's broker, closing events after 10 quiet minutes.
     */
    static LiveTracing configureLive(Path db, Path dir, String brokerUri, String clientPrefix) throws Exception {
        Fixtures.store(db);
        Path inp = Fixtures.demoPark(dir.resolve("ws/tracing"));
        return Osgi.configure(LiveTracing.PID, Map.of("park", "demo", "network", inp.toString(), "brokerUri", brokerUri,
                "clientId", clientPrefix + "-" + System.nanoTime(), "closeAfterQuietSeconds", 600),
                LiveTracing.class, l -> l.network().equals(inp));
    }

    /**
     * Once the ingest takes readings, publishes minutes 0 … {@code lastMinute} and waits until every reading is stored
     * and the tracker has worked through them.
     */
    static void publishAndAwaitTraced(MqttPublisher pub, LiveTracing live, Instant t0, int lastMinute, Excess excess)
            throws Exception {
        var component = (LiveTracingComponent) live;
        SensorIngest ingest = Osgi.service(SensorIngest.class, SensorIngest::connected, Osgi.DEFAULT_WAIT);
        long probes = awaitIngesting(pub, ingest, t0);
        long sent = 0;
        for (int k = 0; k <= lastMinute; k++) {
            sent += publishMinute(pub, t0, k, excess);
        }
        long expected = probes + sent;
        Fixtures.await(() -> "all readings stored and traced (ingest " + ingest.stats() + ", backlog " + component.backlog() + ")",
                () -> ingest.stats().stored() >= expected && component.backlog().orElse(-1) == 0, 120);
    }
}
