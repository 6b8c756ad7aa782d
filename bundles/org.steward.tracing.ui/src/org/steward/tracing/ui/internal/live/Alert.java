package org.steward.tracing.ui.internal.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.json.Json;

/**
 * A discharge alert as published on {@code steward/<park>/alerts} (tracing contract item 3): the event, the
 * sensors that fired, the quiet ones and the ranked candidates.
 */
public record Alert(String park, String id, Instant issued, boolean isFinal, Instant start, Optional<Instant> peak,
                    Optional<Instant> end, List<String> parameters, List<FiredSensor> sensors, List<String> quiet,
                    List<Candidate> candidates, double confidence) {

    public record FiredSensor(String sensor, String node, List<String> parameters, Map<String, Double> peak) {
    }

    public record Candidate(String node, double score, List<String> enterprises) {
    }

    /** Open until the alert with {@code final: true} arrives. */
    public boolean open() {
        return !isFinal;
    }

    /** Start to end, or to the issue time while open. */
    public Instant until() {
        return end.orElse(issued.isAfter(start) ? issued : start);
    }

    /** Parses the JSON of an alert; the exception names the field that is missing or wrong. */
    public static Alert parse(String payload) throws LiveFormatException {
        Map<String, Object> json;
        try {
            json = Json.parseObject(payload);
        } catch (Json.JsonException e) {
            throw new LiveFormatException("alert: not a JSON object: " + e.getMessage());
        }
        String id = text(json, "id", "alert");
        String where = "alert " + id;
        Map<String, Object> event = object(json, "event", where);
        List<FiredSensor> sensors = new ArrayList<>();
        for (Object o : list(event, "sensors", where + " event")) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new LiveFormatException(where + ": event.sensors holds a non-object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) m;
            Map<String, Double> peak = new LinkedHashMap<>();
            if (s.get("peak") instanceof Map<?, ?> p) {
                p.forEach((k, v) -> {
                    if (v instanceof Number n) {
                        peak.put(String.valueOf(k), n.doubleValue());
                    }
                });
            }
            sensors.add(new FiredSensor(text(s, "sensor", where + " event.sensors"), s.get("node") instanceof String n ? n : "",
                    strings(s.get("parameters")), peak));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Object o : list(json, "candidates", where)) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new LiveFormatException(where + ": candidates holds a non-object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) m;
            if (!(c.get("score") instanceof Number score)) {
                throw new LiveFormatException(where + ": a candidate has no numeric \"score\"");
            }
            List<String> enterprises = new ArrayList<>();
            if (c.get("enterprises") instanceof List<?> es) {
                for (Object e : es) {
                    if (e instanceof Map<?, ?> em) {
                        Object name = em.get("name");
                        enterprises.add(name instanceof String n && !n.isBlank() ? n : String.valueOf(em.get("id")));
                    }
                }
            }
            candidates.add(new Candidate(text(c, "node", where + " candidates"), score.doubleValue(), List.copyOf(enterprises)));
        }
        Instant issued = Sample.time(where + " issued", json.get("issued"));
        Instant start = Sample.time(where + " event.start", event.get("start"));
        return new Alert(json.get("park") instanceof String p ? p : "", id, issued, Boolean.TRUE.equals(json.get("final")), start,
                optionalTime(where + " event.peak", event.get("peak")), optionalTime(where + " event.end", event.get("end")),
                strings(event.get("parameters")), List.copyOf(sensors), strings(json.get("quiet")), List.copyOf(candidates),
                json.get("confidence") instanceof Number n ? n.doubleValue() : candidates.isEmpty() ? 0 : candidates.get(0).score());
    }

    private static Optional<Instant> optionalTime(String where, Object value) throws LiveFormatException {
        return value == null ? Optional.empty() : Optional.of(Sample.time(where, value));
    }

    private static String text(Map<String, Object> json, String key, String where) throws LiveFormatException {
        if (json.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new LiveFormatException(where + ": \"" + key + "\" missing or not a text");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String key, String where) throws LiveFormatException {
        if (json.get(key) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new LiveFormatException(where + ": \"" + key + "\" missing or not an object");
    }

    private static List<?> list(Map<String, Object> json, String key, String where) throws LiveFormatException {
        Object v = json.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new LiveFormatException(where + ": \"" + key + "\" is not a list");
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (o != null) {
                    out.add(String.valueOf(o));
                }
            }
        }
        return List.copyOf(out);
    }
}
