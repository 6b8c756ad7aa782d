package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.json.Json;
import org.steward.sensor.SensorIngest;
import org.steward.testing.Mosquitto;
import org.steward.testing.Osgi;
import org.steward.tracing.live.LiveTracing;
import org.steward.tracing.live.internal.LiveTracingComponent;
import org.steward.testing.MqttPublisher;

/**
 * The whole live chain on the demo park: the simulator publishes over MQTT, the sensor ingest stores the readings,
 * the detector opens an event, the ranking names candidates, the alert is published on steward/demo/alerts and
 * stored; the final version follows when the event closes.
 */
class LiveTracingTest {
    @AfterEach
    void unconfigure() throws Exception {
        Fixtures.delete(LiveTracing.PID);
    }

    @Test
    void simulatedDischargeIsDetectedTracedPublishedAndStoredThroughMosquitto(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            runDemo(dir, Map.of("brokerUri", broker.uri()));
        }
    }

    @Test
    void withoutABrokerTheEmbeddedOneIsUsed(@TempDir Path dir) throws Exception {
        int port = Mosquitto.freePort();
        LiveTracing live = runDemo(dir, Map.of("embeddedPort", port));
        assertEquals("tcp://127.0.0.1:" + port, live.brokerUri());
    }

    private static LiveTracing runDemo(Path dir, Map<String, Object> extra) throws Exception {
        Path db = dir.resolve("db");
        Fixtures.store(db);
        Path inp = Fixtures.demoPark(dir.resolve("ws/tracing"));
        Map<String, Object> cfg = new HashMap<>(Map.of("park", "demo", "network", "tracing/demo-park.inp",
                "base", dir.resolve("ws").toString(), "simulator", true, "simulator.speed", 600.0,
                "simulator.everySeconds", 30, "clientId", "live-test-" + System.nanoTime(), "closeAfterQuietSeconds", 600));
        cfg.putAll(extra);
        LiveTracing live = Osgi.configure(LiveTracing.PID, cfg, LiveTracing.class, l -> l.network().equals(inp));
        try (MqttPublisher alerts = new MqttPublisher(live.brokerUri()).subscribe("steward/demo/alerts")) {
            check(live, db, alerts, true); // closes 10 simulated minutes after the plume: ~1 s of wall time at 600x
        }
        return live;
    }

    private static void awaitReadings(Path db, int moreThan) throws Exception {
        Fixtures.await("more than " + moreThan + " demo readings in the store", () -> {
            try {
                return Fixtures.count(db, "SELECT COUNT(*) FROM READING WHERE SENSOR_ID LIKE 'demo/%'") > moreThan;
            } catch (Exception e) {
                return false;
            }
        }, 60);
    }

    /** @param expectFinal also wait for the event to close and its final alert (the quiet period, ~1 s here) */
    private static void check(LiveTracing live, Path db, MqttPublisher alerts, boolean expectFinal) throws Exception {
        var component = (LiveTracingComponent) live;
        Fixtures.await(() -> "an alert (ingest " + Osgi.service(SensorIngest.class).stats() + ", simulator published "
                + component.simulator().map(s -> s.published()).orElse(-1L) + ", tracker backlog " + component.backlog() + ")",
                () -> !live.recentAlerts().isEmpty(), 90);
        Map<String, Object> first = Json.parseObject(live.recentAlerts().get(0));
        assertEquals("demo", first.get("park"));
        assertEquals(false, first.get("final"));
        List<?> candidates = (List<?>) first.get("candidates");
        assertFalse(candidates.isEmpty(), "an alert names candidates: " + first);
        assertTrue(candidates.size() <= 20);

        // The injected node is among the candidates of the event's latest alert.
        var sim = ((LiveTracingComponent) live).simulator().orElseThrow();
        String injected = sim.injected().get(0).node();
        if (!expectFinal) {
            List<String> all = live.recentAlerts();
            Map<String, Object> latest = Json.parseObject(all.get(all.size() - 1));
            List<String> nodes = ((List<?>) latest.get("candidates")).stream().map(c -> (String) ((Map<?, ?>) c).get("node")).toList();
            assertTrue(nodes.contains(injected), "the injected node " + injected + " is a candidate: " + nodes);
            Fixtures.await("the alert in the store", () -> {
                try {
                    return Fixtures.count(db, "SELECT COUNT(*) FROM TRACING_ALERT WHERE PARK = 'demo'") >= 1;
                } catch (Exception e) {
                    return false;
                }
            }, 30);
            awaitReadings(db, 1000); // ingest commits in batches behind the alert: wait for them, the bound stays
            Fixtures.await("an alert over MQTT", () -> !alerts.received().isEmpty(), 60);
            return;
        }
        Fixtures.await(() -> "a final alert " + String.join("\n", live.recentAlerts()), () -> live.recentAlerts().stream().anyMatch(a -> a.contains("\"final\":true")), 90);
        Map<String, Object> fin = Json.parseObject(live.recentAlerts().stream().filter(a -> a.contains("\"final\":true")).findFirst().get());
        List<String> nodes = ((List<?>) fin.get("candidates")).stream().map(c -> (String) ((Map<?, ?>) c).get("node")).toList();
        assertTrue(nodes.contains(injected), "the injected node " + injected + " is a candidate: " + nodes);
        assertTrue(((Map<?, ?>) fin.get("event")).get("end") instanceof String, "a final alert has the event's end");

        // Stored: every published version, and the readings.
        assertTrue(Fixtures.count(db, "SELECT COUNT(*) FROM TRACING_ALERT WHERE PARK = 'demo' AND FINAL_ALERT = TRUE") >= 1);
        awaitReadings(db, 1000); // ingest commits in batches behind the alert: wait for them, the bound stays
        SensorIngest ingest = Osgi.service(SensorIngest.class);
        assertTrue(ingest.connected());
        Fixtures.await("a final alert over MQTT", () -> alerts.received().stream().anyMatch(a -> a.contains("\"final\":true")), 90);
    }
}
