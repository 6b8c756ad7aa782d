package org.steward.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validated, typed parameter values for one run. Built only through {@link #parse}, so a model never sees
 * an unknown key, a value of the wrong type or one out of range.
 */
public final class Parameters {
    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No parameters at all (for models that take none). */
    public static Parameters empty() {
        return new Parameters(Map.of());
    }

    /**
     * Checks raw text values (from a command line or a form) against the specs and converts them.
     *
     * @throws ParameterException naming the first bad key, the value and what would be accepted
     */
    public static Parameters parse(List<ParameterSpec> specs, Map<String, String> raw) throws ParameterException {
        Map<String, ParameterSpec> byKey = new LinkedHashMap<>();
        specs.forEach(s -> byKey.put(s.key(), s));
        for (String key : raw.keySet()) {
            if (!byKey.containsKey(key)) {
                String known = byKey.isEmpty() ? "this model takes no parameters"
                        : "known parameters: " + String.join(", ", byKey.keySet());
                throw new ParameterException(key, "unknown parameter '" + key + "'; " + known);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            String text = raw.get(spec.key());
            if (text == null) {
                if (spec.required()) {
                    throw new ParameterException(spec.key(), "parameter '" + spec.key() + "' is required: " + spec.description()
                            + " (give it as --param " + spec.key() + "=...)");
                }
                values.put(spec.key(), spec.defaultValue().get());
            } else {
                values.put(spec.key(), convert(spec, text.trim()));
            }
        }
        return new Parameters(values);
    }

    private static Object convert(ParameterSpec spec, String text) throws ParameterException {
        String key = spec.key();
        switch (spec.type()) {
            case STRING:
                return text;
            case INTEGER: {
                long value;
                try {
                    value = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new ParameterException(key, "parameter '" + key + "' must be a whole number, not '" + text + "'");
                }
                checkRange(spec, value, text);
                return (int) value;
            }
            case NUMBER: {
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new ParameterException(key, "parameter '" + key + "' must be a number, not '" + text + "'");
                }
                if (!Double.isFinite(value)) {
                    throw new ParameterException(key, "parameter '" + key + "' must be a finite number, not '" + text + "'");
                }
                checkRange(spec, value, text);
                return value;
            }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
                    return false;
                }
                throw new ParameterException(key, "parameter '" + key + "' must be true or false, not '" + text + "'");
            case CHOICE:
                if (!spec.choices().contains(text)) {
                    throw new ParameterException(key, "parameter '" + key + "' must be one of " + String.join(", ", spec.choices())
                            + ", not '" + text + "'");
                }
                return text;
            case STRING_LIST: {
                List<String> items = new ArrayList<>();
                for (String item : text.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
                return List.copyOf(items);
            }
            default:
                throw new IllegalStateException("unhandled type " + spec.type());
        }
    }

    private static void checkRange(ParameterSpec spec, double value, String text) throws ParameterException {
        if (spec.min().isPresent() && value < spec.min().get() || spec.max().isPresent() && value > spec.max().get()) {
            throw new ParameterException(spec.key(), "parameter '" + spec.key() + "' must be between "
                    + format(spec.min().orElse(Double.NEGATIVE_INFINITY)) + " and " + format(spec.max().orElse(Double.POSITIVE_INFINITY))
                    + ", not " + text);
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    public String string(String key) {
        return (String) get(key);
    }

    public int integer(String key) {
        return (Integer) get(key);
    }

    public double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> stringList(String key) {
        return (List<String>) get(key);
    }

    /** All values, in the order of the specs; lists are immutable. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + key + "' was declared; declared: " + values.keySet());
        }
        return value;
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }
}
