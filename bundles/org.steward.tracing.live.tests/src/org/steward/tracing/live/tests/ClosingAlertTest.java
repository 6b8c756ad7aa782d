package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.json.Json;
import org.steward.testing.Mosquitto;
import org.steward.tracing.live.LiveTracing;
import org.steward.tracing.live.internal.LiveTracingComponent;
import org.steward.testing.MqttPublisher;

/**
 * The closing ({@code final:true}) alert through a real mosquitto, with readings the test writes itself so that
 * every expected value follows by hand from the injected discharge (docs/models/tracing.md, "Closing alerts").
 * <p>
 * Dry weather: every stream of the demo park reads its base value plus a three-step pattern 0, +a, −a (minute
 * index mod 3). Its residuals are then 0, ±a: median 0, MAD a, so the detector's robust σ̂ = 1.4826·a and a dry
 * reading has |z| ≤ 1/1.4826 = 0.674; three consecutive ones sum to 0. Neither the z test (|z| &gt; 5) nor the CUSUM
 * (z − k with k = 1.5 never positive) fires during 25 hours of dry weather.
 * <p>
 * Discharge at the park outlet J13 (sensor S05, nothing downstream of it but the outfall): cod +C for the ten
 * readings at minutes P … P+9 and +3C at P+4 (a short second release), C = 2,000 mg/L (z ≈ 170).
 * <ul>
 * <li>start = minute P: the first abnormal reading (z test and CUSUM both leave zero there);</li>
 * <li>the event is raised by the reading at P+1 (persistence 2): the first alert's decisive reading (trigger);</li>
 * <li>peak = P+4, the reading with the largest |z|; S05's peak cod = base + pattern(P+4) + 3C;</li>
 * <li>end = P+12: the CUSUM sits at its cap 1.5·h = 15 after the plume and loses k = 1.5 per dry reading, plus z:
 *     15 − 1.5 + z₁ = 13.5 ± 0.674, 12 + z₁ + z₂ ≥ 10.65, 10.5 + (z₁ + z₂ + z₃ = 0) = 10.5 &gt; h = 10 (still abnormal),
 *     then 9 + z₄ ≤ 9.674 &lt; 10: the readings at P+10, P+11, P+12 are abnormal, P+13 is not;</li>
 * <li>with {@code closeAfterQuietSeconds} = 600 the event closes on the first reading stamped P+22 = end + 10 min,
 *     not before: the final alert's trigger is that reading;</li>
 * <li>parameters [cod], sensors [S05]; candidates: J13 (S05's own node, prior 1/(1+0)) first, then J9 and J14
 *     (prior 1/2 each; the only other nodes upstream of J13 that are upstream of no other sensor), every other node
 *     being upstream of a quiet sensor that is overdue (score × 0.05).</li>
 * </ul>
 */
class ClosingAlertTest {
    private static final double C = 2000;
    /** Minute of the discharge's first reading: 25 h of dry weather first (every daily bin learned). */
    private static final int P = 25 * 60 + 7;

    @AfterEach
    void unconfigure() throws Exception {
        Fixtures.delete(LiveTracing.PID);
    }

    @Test
    void theFinalAlertComesWithTheFirstReadingAQuietPeriodAfterTheDischargeAndNamesItsEndPeakAndParameters(@TempDir Path dir)
            throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Path db = dir.resolve("db");
            LiveTracing live = DemoParkStreams.configureLive(db, dir, broker.uri(), "closing");
            Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri());
                 MqttPublisher sub = new MqttPublisher(broker.uri()).subscribe("steward/demo/alerts")) {
                DemoParkStreams.publishAndAwaitTraced(pub, live, t0, P + 21, ClosingAlertTest::excess);
                Thread.sleep(1500); // more than one tick of the tracker's clock
                assertFalse(live.recentAlerts().isEmpty(), "the discharge raised an alert");
                assertTrue(live.recentAlerts().stream().noneMatch(ClosingAlertTest::isFinal),
                        "no final alert before a reading 10 min after the last abnormal one: " + live.recentAlerts());

                long published = System.nanoTime();
                DemoParkStreams.publishMinute(pub, t0, P + 22, ClosingAlertTest::excess);
                Fixtures.await(() -> "the final alert over MQTT (alerts " + live.recentAlerts() + ")",
                        () -> sub.received().stream().anyMatch(ClosingAlertTest::isFinal), 30);
                double seconds = (System.nanoTime() - published) / 1e9;
                assertTrue(seconds < 30, "final alert " + seconds + " s after the closing reading");

                Map<String, Object> first = Json.parseObject(sub.received().get(0));
                Map<String, Object> fin = Json.parseObject(sub.received().stream().filter(ClosingAlertTest::isFinal).findFirst().get());
                assertEquals(false, first.get("final"));
                assertEquals(first.get("id"), fin.get("id"), "one event");
                assertEquals(Map.of("sensor", "S05", "parameter", "cod", "time", DemoParkStreams.minute(t0, P + 1).toString()), first.get("trigger"),
                        "the first alert's decisive reading: the second abnormal one");

                Map<?, ?> event = (Map<?, ?>) fin.get("event");
                assertEquals(DemoParkStreams.minute(t0, P).toString(), event.get("start"));
                assertEquals(DemoParkStreams.minute(t0, P + 4).toString(), event.get("peak"));
                assertEquals(DemoParkStreams.minute(t0, P + 12).toString(), event.get("end"));
                assertEquals(List.of("cod"), event.get("parameters"));
                List<?> sensors = (List<?>) event.get("sensors");
                assertEquals(1, sensors.size(), sensors.toString());
                Map<?, ?> s05 = (Map<?, ?>) sensors.get(0);
                assertEquals("S05", s05.get("sensor"));
                assertEquals("J13", s05.get("node"));
                assertEquals(DemoParkStreams.minute(t0, P).toString(), s05.get("firstAbnormal"));
                assertEquals(DemoParkStreams.dry("cod", P + 4) + 3 * C, ((Number) ((Map<?, ?>) s05.get("peak")).get("cod")).doubleValue(), 1e-9);

                Map<?, ?> trigger = (Map<?, ?>) fin.get("trigger");
                assertEquals(DemoParkStreams.minute(t0, P + 22).toString(), trigger.get("time"), "closed by the first reading at end + 10 min");
                List<String> nodes = ((List<?>) fin.get("candidates")).stream().map(c -> (String) ((Map<?, ?>) c).get("node")).toList();
                assertEquals("J13", nodes.get(0), nodes.toString());
                assertEquals(Set.of("J9", "J14"), Set.copyOf(nodes.subList(1, 3)), nodes.toString());
                assertEquals(List.of("S01", "S02", "S03", "S04"), fin.get("quiet"));

                Fixtures.await("the final alert stored", () -> {
                    try {
                        return Fixtures.count(db, "SELECT COUNT(*) FROM TRACING_ALERT WHERE FINAL_ALERT = TRUE AND ALERT_ID = '"
                                + fin.get("id") + "'") == 1;
                    } catch (Exception e) {
                        return false;
                    }
                }, 30);
            }
        }
    }

    @Test
    void aQuietPeriodOutOfRangeIsRefusedNamingTheKey() {
        for (int bad : new int[] {59, 0, -1, 86_401}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiveTracingComponent.settings(bad));
            assertTrue(e.getMessage().contains("closeAfterQuietSeconds") && e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
        assertEquals(Duration.ofSeconds(60), LiveTracingComponent.settings(60).quietPeriod());
        assertEquals(Duration.ofHours(24), LiveTracingComponent.settings(86_400).quietPeriod());
    }

    private static boolean isFinal(String alert) {
        return alert.contains("\"final\":true");
    }

    private static double excess(String sensor, String parameter, int k) {
        if (!sensor.equals("S05") || !parameter.equals("cod") || k < P || k >= P + 10) {
            return 0;
        }
        return k == P + 4 ? 3 * C : C;
    }
}
