package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.json.Json;
import org.steward.testing.Mosquitto;
import org.steward.testing.MqttPublisher;
import org.steward.tracing.live.LiveTracing;

/**
 * Two discharges that overlap in time, in two branches of the demo park, through a real mosquitto: two events, each
 * with its own alerts and its own final alert. Readings are written by the test as in {@link ClosingAlertTest} (dry
 * weather: base + 0, +a, −a by minute, never abnormal).
 * <p>
 * Demo park (releng/demo-workspace/tracing/demo-park.inp, [CONDUITS]): West J1 → J2 → J3 (S01) → J7; North J4 → J5 →
 * J6 (S02) → J7; J7 → J8 (S03) → J9; East J10 → J11 → J12 (S04) → J9; J9 → J13 (S05); J14 → J13 → OUT1.
 * Discharge A at J3 (cod +2,000 mg/L at S01 for minutes P … P+9), discharge B at J12 (cod +2,000 at S04 for P+3 …
 * P+12), both diluted below the thresholds of the sensors downstream (S03, S05 stay dry). B starts while A's event is
 * open. U(J3) = {J1, J2, J3} and U(J12) = {J10, J11, J12} share no node, so no single source explains S01 and S04:
 * two events. Each ranks its upstream set by the prior 1/(1 + hops to the sensor) — J3 (1), J2 (1/2), J1 (1/3),
 * i.e. 6/11, 3/11, 2/11; J12, J11, J10 likewise — the quiet sensors S03 and S05 being downstream of all three
 * candidates alike (same factor) and S02 (or S01) of none. Ends: the plume's last reading + 3 CUSUM readings (see
 * {@link ClosingAlertTest}): A at P+12, B at P+15; with closeAfterQuietSeconds 600 both close by the reading at P+25.
 */
class OverlapAlertTest {
    private static final double C = 2000;
    private static final int P = 25 * 60 + 7;
    private static final int B_DELAY = 3;

    @AfterEach
    void unconfigure() throws Exception {
        Fixtures.delete(LiveTracing.PID);
    }

    @Test
    void twoOverlappingDischargesInTwoBranchesGiveTwoEventsWithTheirOwnFinalAlerts(@TempDir Path dir) throws Exception {
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker"))) {
            Path db = dir.resolve("db");
            LiveTracing live = DemoParkStreams.configureLive(db, dir, broker.uri(), "overlap");
            Instant t0 = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            try (MqttPublisher pub = new MqttPublisher(broker.uri());
                 MqttPublisher sub = new MqttPublisher(broker.uri()).subscribe("steward/demo/alerts")) {
                DemoParkStreams.publishAndAwaitTraced(pub, live, t0, P + 26, OverlapAlertTest::excess);
                Fixtures.await(() -> "two final alerts over MQTT (received " + sub.received() + ")",
                        () -> sub.received().stream().filter(OverlapAlertTest::isFinal).count() >= 2, 30);

                List<Map<String, Object>> finals = sub.received().stream().filter(OverlapAlertTest::isFinal)
                        .map(OverlapAlertTest::parse).toList();
                assertEquals(2, finals.size(), finals.toString());
                Map<String, Object> a = finals.stream().filter(f -> sensors(f).equals(List.of("S01"))).findFirst()
                        .orElseThrow(() -> new AssertionError("no event of S01 alone: " + finals));
                Map<String, Object> b = finals.stream().filter(f -> sensors(f).equals(List.of("S04"))).findFirst()
                        .orElseThrow(() -> new AssertionError("no event of S04 alone: " + finals));
                assertNotEquals(a.get("id"), b.get("id"));
                assertEquals(List.of("J3", "J2", "J1"), nodes(a));
                assertEquals(List.of("J12", "J11", "J10"), nodes(b));
                assertEquals(6.0 / 11, ((Number) a.get("confidence")).doubleValue(), 1e-3);
                assertEquals(6.0 / 11, ((Number) b.get("confidence")).doubleValue(), 1e-3);
                Map<?, ?> ea = (Map<?, ?>) a.get("event");
                Map<?, ?> eb = (Map<?, ?>) b.get("event");
                assertEquals(DemoParkStreams.minute(t0, P).toString(), ea.get("start"));
                assertEquals(DemoParkStreams.minute(t0, P + B_DELAY).toString(), eb.get("start"));
                assertEquals(DemoParkStreams.minute(t0, P + 12).toString(), ea.get("end"));
                assertEquals(DemoParkStreams.minute(t0, P + B_DELAY + 12).toString(), eb.get("end"));
                // they overlapped: B started before A ended
                assertTrue(Instant.parse((String) eb.get("start")).isBefore(Instant.parse((String) ea.get("end"))));
                // every alert version belongs to one of the two events; the first of each names its own sensor
                for (String text : sub.received()) {
                    Object id = parse(text).get("id");
                    assertTrue(id.equals(a.get("id")) || id.equals(b.get("id")), "alert of a third event: " + text);
                }
                Fixtures.await("both final alerts stored", () -> {
                    try {
                        return Fixtures.count(db, "SELECT COUNT(*) FROM TRACING_ALERT WHERE FINAL_ALERT = TRUE") == 2;
                    } catch (Exception e) {
                        return false;
                    }
                }, 30);
            }
        }
    }

    private static Map<String, Object> parse(String text) {
        try {
            return Json.parseObject(text);
        } catch (Json.JsonException e) {
            throw new AssertionError("alert is not JSON: " + text, e);
        }
    }

    private static List<String> sensors(Map<String, Object> alert) {
        return ((List<?>) ((Map<?, ?>) alert.get("event")).get("sensors")).stream()
                .map(s -> (String) ((Map<?, ?>) s).get("sensor")).toList();
    }

    private static List<String> nodes(Map<String, Object> alert) {
        return ((List<?>) alert.get("candidates")).stream().map(c -> (String) ((Map<?, ?>) c).get("node")).toList();
    }

    private static boolean isFinal(String alert) {
        return alert.contains("\"final\":true");
    }

    private static double excess(String sensor, String parameter, int k) {
        if (!parameter.equals("cod")) {
            return 0;
        }
        int from = switch (sensor) {
            case "S01" -> P;
            case "S04" -> P + B_DELAY;
            default -> -1;
        };
        return from >= 0 && k >= from && k < from + 10 ? C : 0;
    }
}
