package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.tracing.ui.internal.live.Alert;
import org.steward.tracing.ui.internal.live.LiveConfig;
import org.steward.tracing.ui.internal.live.LiveFormatException;
import org.steward.tracing.ui.internal.live.LiveState;
import org.steward.tracing.ui.internal.live.Sample;
import org.steward.tracing.ui.internal.live.SensorState;

/** Reading and alert payloads (docs/sensor.md, tracing contract item 3), live.properties, and the sensor state. */
class MessagesParseTest {
    /** The example of the tracing contract, item 3. */
    static final String CONTRACT_ALERT = """
            {"park":"demo","id":"demo-20261123T080500Z-1","issued":"2026-11-23T08:07:10Z","final":false,
             "event":{"start":"2026-11-23T08:05:00Z","peak":"2026-11-23T08:06:00Z","end":null,"parameters":["cod","conductivity"],
                      "sensors":[{"sensor":"S03","node":"J12","parameters":["cod"],"firstAbnormal":"2026-11-23T08:05:00Z","peak":{"cod":412.0}}]},
             "quiet":["S01","S04"],
             "candidates":[{"node":"J7","score":0.62,"enterprises":[{"id":"E02","name":"Dyeing plant"}]},{"node":"J8","score":0.38,"enterprises":[]}],
             "confidence":0.62}""";

    @Test
    void readsTheContractsAlert() throws Exception {
        Alert a = Alert.parse(CONTRACT_ALERT);
        assertEquals("demo-20261123T080500Z-1", a.id());
        assertTrue(a.open());
        assertEquals(Instant.parse("2026-11-23T08:05:00Z"), a.start());
        assertEquals(Optional.empty(), a.end());
        assertEquals(Instant.parse("2026-11-23T08:07:10Z"), a.until(), "open: up to the issue time");
        assertEquals("S03", a.sensors().get(0).sensor());
        assertEquals("J12", a.sensors().get(0).node());
        assertEquals(412.0, a.sensors().get(0).peak().get("cod"));
        assertEquals(List.of("S01", "S04"), a.quiet());
        assertEquals(List.of("J7", "J8"), a.candidates().stream().map(Alert.Candidate::node).toList());
        assertEquals(List.of("Dyeing plant"), a.candidates().get(0).enterprises());
        assertEquals(0.62, a.confidence());
    }

    @Test
    void badAlertsNameTheField() {
        LiveFormatException noId = assertThrows(LiveFormatException.class, () -> Alert.parse("{\"event\":{}}"));
        assertTrue(noId.getMessage().contains("\"id\""), noId.getMessage());
        LiveFormatException noEvent = assertThrows(LiveFormatException.class, () -> Alert.parse("{\"id\":\"a1\"}"));
        assertTrue(noEvent.getMessage().contains("alert a1") && noEvent.getMessage().contains("\"event\""), noEvent.getMessage());
        LiveFormatException score = assertThrows(LiveFormatException.class, () -> Alert.parse(
                "{\"id\":\"a1\",\"issued\":\"2026-11-23T08:00:00Z\",\"event\":{\"start\":\"2026-11-23T08:00:00Z\"},\"candidates\":[{\"node\":\"J1\"}]}"));
        assertTrue(score.getMessage().contains("score"), score.getMessage());
        assertThrows(LiveFormatException.class, () -> Alert.parse("not json"));
    }

    @Test
    void readsReadingsOfTheSensorTopicTree() throws Exception {
        Sample s = Sample.parse("steward/demo/S03/cod", "{\"timestamp\":\"2026-11-23T08:00:00Z\",\"value\":123.5,\"unit\":\"mg/L\"}");
        assertEquals(new Sample("S03", "cod", Instant.parse("2026-11-23T08:00:00Z"), 123.5, "mg/L"), s);
        Sample ms = Sample.parse("steward/demo/S03/ph", "{\"timestamp\":1795420800000,\"value\":7}");
        assertEquals(Instant.ofEpochMilli(1795420800000L), ms.time());
        assertTrue(assertThrows(LiveFormatException.class, () -> Sample.parse("steward/demo/S03", "{}")).getMessage().contains("steward/demo/S03"));
        assertTrue(assertThrows(LiveFormatException.class, () -> Sample.parse("steward/demo/S03/cod", "{\"timestamp\":\"x\",\"value\":1}"))
                .getMessage().contains("ISO-8601"));
        assertTrue(assertThrows(LiveFormatException.class, () -> Sample.parse("steward/demo/S03/cod", "{\"timestamp\":\"2026-11-23T08:00:00Z\"}"))
                .getMessage().contains("\"value\""));
    }

    @Test
    void sensorStateFollowsOpenAlerts() throws Exception {
        LiveState state = new LiveState();
        assertEquals(SensorState.NO_DATA, state.state("S03"));
        state.accept(new Sample("S03", "cod", Instant.parse("2026-11-23T08:00:00Z"), 40, "mg/L"));
        assertEquals(SensorState.OK, state.state("S03"));
        state.accept(Alert.parse(CONTRACT_ALERT));
        assertEquals(SensorState.ALARM, state.state("S03"));
        assertEquals(SensorState.NO_DATA, state.state("S01"), "quiet and silent");
        state.accept(Alert.parse(CONTRACT_ALERT.replace("\"final\":false", "\"final\":true")
                .replace("\"end\":null", "\"end\":\"2026-11-23T08:20:00Z\"")));
        assertEquals(1, state.alerts().size(), "the same id replaces the earlier version");
        assertEquals(SensorState.OK, state.state("S03"), "the final alert closes the alarm");
        assertEquals(Instant.parse("2026-11-23T08:20:00Z"), state.alerts().get(0).until());
    }

    @Test
    void seriesAreBounded() {
        LiveState state = new LiveState();
        Instant t0 = Instant.parse("2026-11-23T00:00:00Z");
        for (int i = 0; i < LiveState.SERIES_LENGTH + 10; i++) {
            state.accept(new Sample("S1", "cod", t0.plusSeconds(i), i, ""));
        }
        List<Sample> s = state.series("S1", "cod");
        assertEquals(LiveState.SERIES_LENGTH, s.size());
        assertEquals(10, s.get(0).value(), "the oldest ten were dropped");
    }

    @Test
    void liveConfigResolvesTheNetworkAgainstTheWorkspace(@TempDir Path ws) throws Exception {
        assertEquals(Optional.empty(), LiveConfig.of(ws));
        Files.createDirectories(ws.resolve("tracing"));
        Files.writeString(ws.resolve(LiveConfig.FILE), "park=demo\nnetwork=tracing/demo-park.inp\nsimulator=true\n", StandardCharsets.UTF_8);
        LiveConfig c = LiveConfig.of(ws).orElseThrow();
        assertEquals("demo", c.park());
        assertEquals(ws.resolve("tracing/demo-park.inp").toAbsolutePath().normalize(), c.network());
        assertEquals(c.network().toString(), c.properties().get("network"), "ConfigAdmin gets the absolute path");
        assertEquals("true", c.properties().get("simulator"));
        assertEquals("tcp://127.0.0.1:18830", c.fallbackBroker(), "no brokerUri: the embedded broker's default port");

        Files.writeString(ws.resolve(LiveConfig.FILE), "network=tracing/demo-park.inp\n", StandardCharsets.UTF_8);
        LiveFormatException noPark = assertThrows(LiveFormatException.class, () -> LiveConfig.of(ws));
        assertTrue(noPark.getMessage().contains("live.properties") && noPark.getMessage().contains("\"park\""), noPark.getMessage());
        Files.writeString(ws.resolve(LiveConfig.FILE), "park=demo\n", StandardCharsets.UTF_8);
        LiveFormatException noNetwork = assertThrows(LiveFormatException.class, () -> LiveConfig.of(ws));
        assertTrue(noNetwork.getMessage().contains("\"network\""), noNetwork.getMessage());
        Files.writeString(ws.resolve(LiveConfig.FILE), "park=demo\nnetwork=a.inp\nembeddedPort=x\n", StandardCharsets.UTF_8);
        assertFalse(assertThrows(LiveFormatException.class, () -> LiveConfig.of(ws)).getMessage().isEmpty());
    }
}
