package org.steward.sensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.steward.sensor.Reading;
import org.steward.sensor.ReadingParser;

class ReadingParserTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static ReadingParser.Outcome parse(String topic, String json) {
        return ReadingParser.parse(topic, json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    private static Reading accepted(String topic, String json) {
        return assertInstanceOf(ReadingParser.Accepted.class, parse(topic, json)).reading();
    }

    private static String rejected(String topic, byte[] payload) {
        return assertInstanceOf(ReadingParser.Rejected.class, ReadingParser.parse(topic, payload, NOW)).reason();
    }

    private static String rejected(String topic, String json) {
        return rejected(topic, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTopicAndPayload() {
        Reading r = accepted("steward/linjiang/S07/COD", "{\"timestamp\":\"2026-11-23T07:59:00Z\",\"value\":123.5,\"unit\":\"mg/L\",\"quality\":2}");
        assertEquals(new Reading("linjiang", "S07", "cod", Instant.parse("2026-11-23T07:59:00Z"), 123.5, 2), r);
        Reading epoch = accepted("steward/p/s/ph", "{\"timestamp\":" + NOW.minusSeconds(60).toEpochMilli() + ",\"value\":7.2}");
        assertEquals(NOW.minusSeconds(60), epoch.time());
    }

    @Test
    void convertsUnitsToCanonicalOnes() {
        // 1.5 mS/cm = 1500 µS/cm; 0.2 g/L = 200 mg/L; 77 °F = (77−32)×5/9 = 25 °C; 10 L/s = 36 m³/h (unit definitions)
        assertEquals(1500, accepted("steward/p/s/conductivity", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1.5,\"unit\":\"mS/cm\"}").value(), 1e-9);
        assertEquals(200, accepted("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":0.2,\"unit\":\"g/L\"}").value(), 1e-9);
        assertEquals(25, accepted("steward/p/s/temperature", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":77,\"unit\":\"degF\"}").value(), 1e-9);
        assertEquals(36, accepted("steward/p/s/flow", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":10,\"unit\":\"L/s\"}").value(), 1e-9);
    }

    @Test
    void rejectsBadMessagesWithTheReason() {
        String ok = "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1}";
        assertTrue(rejected("steward/p/s", ok).contains("not steward/<park>/<sensor>/<parameter>"));
        assertTrue(rejected("steward/p/s/radiation", ok).contains("unknown parameter 'radiation'"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",").contains("not a JSON object"));
        assertTrue(rejected("steward/p/s/cod", new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1}).contains("not UTF-8"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":\"NaN\"}").contains("'value' must be a number"));
        assertTrue(rejected("steward/p/s/cod", "{\"value\":1}").contains("'timestamp' is missing"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"yesterday\",\"value\":1}").contains("not ISO-8601"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T09:00:00Z\",\"value\":1}").contains("check the sensor's clock"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"2026-10-01T00:00:00Z\",\"value\":1}").contains("older than 7 days"));
        assertTrue(rejected("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1,\"unit\":\"furlong\"}")
                .contains("use one of [mg/L, g/L, ug/L, ppm]"));
        assertTrue(rejected("steward/p/s/ph", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":15}").contains("outside the plausible range"));
    }
}
