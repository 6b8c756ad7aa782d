package org.steward.sensor;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.steward.core.json.Json;

/**
 * Turns an MQTT message into a {@link Reading} or the reason it was rejected. Topic tree:
 * {@code steward/<park>/<sensor>/<parameter>} (with an optional {@code $share/<group>/} prefix on the
 * subscription only); payload JSON: {@code {"timestamp": ISO-8601 or epoch milliseconds, "value": number,
 * "unit": "mg/L", "quality": 0}} (unit and quality optional).
 */
public final class ReadingParser {
    /** Readings stamped further in the future than this are taken for a wrong sensor clock. */
    public static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    /** Readings older than this are refused (a sensor replaying an old buffer is more likely a fault). */
    public static final Duration MAX_AGE = Duration.ofDays(7);

    private ReadingParser() {
    }

    /** Either a reading or the reason it was refused. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    public record Accepted(Reading reading) implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    public static Outcome parse(String topic, byte[] payload, Instant now) {
        String[] parts = topic.split("/", -1);
        if (parts.length != 4 || !parts[0].equals("steward") || parts[1].isBlank() || parts[2].isBlank() || parts[3].isBlank()) {
            return new Rejected("topic '" + topic + "' is not steward/<park>/<sensor>/<parameter>");
        }
        String parameter = parts[3].toLowerCase(Locale.ROOT);
        if (Units.canonical(parameter).isEmpty()) {
            return new Rejected("unknown parameter '" + parts[3] + "' in topic " + topic);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return new Rejected("payload is not UTF-8 text (" + payload.length + " bytes)");
        }
        Map<String, Object> json;
        try {
            json = Json.parseObject(text);
        } catch (Json.JsonException e) {
            return new Rejected("payload is not a JSON object: " + e.getMessage());
        }
        Object rawValue = json.get("value");
        if (!(rawValue instanceof Number number)) {
            return new Rejected("field 'value' must be a number, got " + (rawValue == null ? "nothing" : "'" + rawValue + "'"));
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return new Rejected("field 'value' is not finite");
        }
        Instant time;
        Object ts = json.get("timestamp");
        try {
            if (ts instanceof Number n) {
                time = Instant.ofEpochMilli(n.longValue());
            } else if (ts instanceof String s) {
                time = Instant.parse(s);
            } else {
                return new Rejected("field 'timestamp' is missing (ISO-8601 such as 2026-11-23T08:00:00Z, or epoch milliseconds)");
            }
        } catch (DateTimeParseException e) {
            return new Rejected("field 'timestamp' '" + ts + "' is not ISO-8601 such as 2026-11-23T08:00:00Z");
        }
        if (time.isAfter(now.plus(MAX_FUTURE_SKEW))) {
            return new Rejected("timestamp " + time + " is more than " + MAX_FUTURE_SKEW.toMinutes() + " min ahead of the node clock "
                    + now + "; check the sensor's clock");
        }
        if (time.isBefore(now.minus(MAX_AGE))) {
            return new Rejected("timestamp " + time + " is older than " + MAX_AGE.toDays() + " days");
        }
        String unit = json.get("unit") instanceof String u ? u : Units.canonical(parameter).get();
        var converted = Units.toCanonical(parameter, unit, value);
        if (converted.isEmpty()) {
            return new Rejected("unit '" + unit + "' is not accepted for " + parameter + "; use one of " + Units.accepted(parameter));
        }
        double v = converted.get();
        double[] range = Units.plausibleRange(parameter);
        if (v < range[0] || v > range[1]) {
            return new Rejected(parameter + " value " + v + " " + Units.canonical(parameter).get() + " is outside the plausible range "
                    + range[0] + ".." + range[1]);
        }
        int quality = json.get("quality") instanceof Number q ? q.intValue() : 0;
        return new Accepted(new Reading(parts[1], parts[2], parameter, time, v, quality));
    }
}
