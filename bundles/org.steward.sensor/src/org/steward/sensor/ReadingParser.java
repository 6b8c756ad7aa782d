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
    /** The store's column lengths and type (READING.SENSOR_ID VARCHAR(64), QUALITY SMALLINT): a reading that does not
     * fit is refused here with its reason; at the store it would fail its whole batch on every redelivery. */
    private static final int MAX_SENSOR_KEY = 64;
    private static final int MAX_QUALITY = Short.MAX_VALUE;

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
        int keyLength = parts[1].length() + 1 + parts[2].length();
        if (keyLength > MAX_SENSOR_KEY) {
            return new Rejected("park and sensor '" + parts[1] + "/" + parts[2] + "' are " + keyLength + " characters long; the store "
                    + "keeps at most " + MAX_SENSOR_KEY + ": shorten the sensor's id in its topic");
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
                time = parseInstant(s);
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
        Object rawQuality = json.get("quality");
        int quality = 0; // absent or null: good
        if (rawQuality != null) {
            double q = rawQuality instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!(q >= 0 && q <= MAX_QUALITY && q == Math.rint(q))) {
                return new Rejected("field 'quality' must be a whole number from 0 to " + MAX_QUALITY + " (0 = good), got '" + rawQuality + "'");
            }
            quality = (int) q;
        }
        return new Accepted(new Reading(parts[1], parts[2], parameter, time, v, quality));
    }

    /**
     * {@link Instant#parse} with a fast path for what sensors send, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (Instant.parse
     * costs about half of a reading's parsing); anything else — offsets, leap seconds, bad dates — goes to Instant.parse,
     * which gives the same instants and the same errors.
     */
    static Instant parseInstant(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            boolean ok = true;
            if (n > 20) { // a fraction of 1 to 9 digits: .S … .SSSSSSSSS
                ok = s.charAt(19) == '.' && n - 21 >= 1 && n - 21 <= 9;
                int fraction = ok ? digits(s, 20, n - 1) : -1;
                ok = ok && fraction >= 0;
                if (ok) {
                    nanos = fraction;
                    for (int i = n - 21; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            } else {
                ok = n == 20;
            }
            if (ok && year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 + 3 && hour >= 0 && hour <= 23 && minute >= 0
                    && minute <= 59 && second >= 0 && second <= 59 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(s);
    }

    /** The decimal number in s[from, to), or -1 if a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
