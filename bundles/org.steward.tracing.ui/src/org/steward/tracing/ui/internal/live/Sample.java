package org.steward.tracing.ui.internal.live;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.steward.core.json.Json;

/**
 * One sensor reading received on {@code steward/<park>/<sensor>/<parameter>} (docs/sensor.md): payload
 * {@code {"timestamp": ISO-8601 | epoch-ms, "value": number, "unit": "…"}}.
 */
public record Sample(String sensor, String parameter, Instant time, double value, String unit) {

    /** Parses a reading; the message of the exception names the topic and what is wrong. */
    public static Sample parse(String topic, String payload) throws LiveFormatException {
        String[] levels = topic.split("/", -1);
        if (levels.length != 4 || !"steward".equals(levels[0]) || levels[2].isEmpty() || levels[3].isEmpty()) {
            throw new LiveFormatException(topic + ": not a reading topic steward/<park>/<sensor>/<parameter>");
        }
        Map<String, Object> json;
        try {
            json = Json.parseObject(payload);
        } catch (Json.JsonException e) {
            throw new LiveFormatException(topic + ": payload is not a JSON object: " + e.getMessage());
        }
        if (!(json.get("value") instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new LiveFormatException(topic + ": \"value\" missing or not a finite number");
        }
        Instant time = time(topic, json.get("timestamp"));
        String unit = json.get("unit") instanceof String u ? u : "";
        return new Sample(levels[2], levels[3], time, n.doubleValue(), unit);
    }

    static Instant time(String where, Object value) throws LiveFormatException {
        if (value instanceof Number ms) {
            return Instant.ofEpochMilli(ms.longValue());
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new LiveFormatException(where + ": \"timestamp\" is not ISO-8601: " + s);
            }
        }
        throw new LiveFormatException(where + ": \"timestamp\" missing");
    }
}
