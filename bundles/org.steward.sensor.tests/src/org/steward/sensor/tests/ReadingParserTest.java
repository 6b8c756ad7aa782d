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
    void readsIsoTimestampsAsInstantParseDoes() {
        // Epoch seconds from GNU date, independently of Java: date -u -d 2026-11-23T08:00:00Z +%s = 1795420800,
        // date -u -d 2024-02-29T23:59:59Z +%s = 1709251199 (a leap day).
        assertEquals(Instant.ofEpochSecond(1795420800L), accepted("steward/p/s/ph", "{\"timestamp\":\"2026-11-23T08:00:00Z\",\"value\":7}").time());
        Instant leap = Instant.ofEpochSecond(1709251199L);
        Instant now = leap.plusSeconds(60);
        String[] forms = {"2024-02-29T23:59:59Z", "2024-02-29T23:59:59.5Z", "2024-02-29T23:59:59.123456789Z", "2024-02-29T23:59:59.120Z",
                "2024-03-01T07:59:59+08:00"};
        Instant[] expected = {leap, leap.plusMillis(500), leap.plusNanos(123_456_789), leap.plusMillis(120), leap};
        for (int i = 0; i < forms.length; i++) {
            Reading r = assertInstanceOf(ReadingParser.Accepted.class, ReadingParser.parse("steward/p/s/ph",
                    ("{\"timestamp\":\"" + forms[i] + "\",\"value\":7}").getBytes(StandardCharsets.UTF_8), now)).reading();
            assertEquals(expected[i], r.time(), forms[i]);
        }
        // Odd forms: the same outcome as the JDK's Instant.parse (which e.g. resolves 24:00 to the next day's 00:00)
        for (String odd : new String[] {"2023-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T08:61:00Z",
                "2026-11-23T08:00:00.Z", "2026-11-23 08:00:00Z", "2026-11-23T08:00:00.1234567890Z", "+2026-11-23T08:00:00Z", "2026-11-23T08:00:00z"}) {
            Instant jdk;
            try {
                jdk = Instant.parse(odd);
            } catch (java.time.format.DateTimeParseException e) {
                jdk = null;
            }
            ReadingParser.Outcome o = ReadingParser.parse("steward/p/s/ph", ("{\"timestamp\":\"" + odd + "\",\"value\":7}").getBytes(StandardCharsets.UTF_8),
                    jdk == null ? NOW : jdk);
            if (jdk == null) {
                assertTrue(assertInstanceOf(ReadingParser.Rejected.class, o).reason().contains("not ISO-8601"), odd);
            } else {
                assertEquals(jdk, assertInstanceOf(ReadingParser.Accepted.class, o).reading().time(), odd);
            }
        }
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

    /** What the store's columns cannot hold is refused here: at the store it would fail its batch on every redelivery. */
    @Test
    void rejectsWhatTheStoreCannotHold() {
        String ok = "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1}";
        String park = "p".repeat(30);
        assertEquals(64, (park + "/" + "s".repeat(33)).length());
        assertEquals("s".repeat(33), accepted("steward/" + park + "/" + "s".repeat(33) + "/cod", ok).sensorId());
        assertTrue(rejected("steward/" + park + "/" + "s".repeat(34) + "/cod", ok).contains("65 characters long"));
        assertTrue(rejected("steward/" + park + "/" + "污".repeat(34) + "/cod", ok).contains("at most 64"));
        for (String bad : new String[] {"-1", "32768", "1.5", "\"good\"", "true"}) {
            String reason = rejected("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1,\"quality\":" + bad + "}");
            assertTrue(reason.contains("'quality' must be a whole number from 0 to 32767"), bad + ": " + reason);
        }
        assertEquals(32767, accepted("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1,\"quality\":32767}").quality());
        assertEquals(0, accepted("steward/p/s/cod", "{\"timestamp\":\"2026-11-23T07:00:00Z\",\"value\":1,\"quality\":null}").quality());
    }
}
