package org.steward.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one parameter of a model: enough for a generic form, a command line and validation.
 *
 * @param key          the name used on the command line ({@code --param key=value}) and in settings
 * @param label        a short human label (the model may localise it)
 * @param description  one sentence on what it changes
 * @param type         the value type
 * @param defaultValue the value used when none is given, already of the type's Java class; empty if required
 * @param min          lower bound for INTEGER and NUMBER, inclusive
 * @param max          upper bound for INTEGER and NUMBER, inclusive
 * @param choices      the allowed values of a CHOICE
 */
public record ParameterSpec(String key, String label, String description, ParameterType type,
                            Optional<Object> defaultValue, Optional<Double> min, Optional<Double> max,
                            List<String> choices) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("parameter key '" + key + "' must start with a letter and use only letters, digits, '_', '.', '-'");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        choices = List.copyOf(choices);
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + key + "' needs at least one choice");
        }
    }

    public boolean required() {
        return defaultValue.isEmpty();
    }

    public static ParameterSpec string(String key, String label, String description, String defaultValue) {
        return new ParameterSpec(key, label, description, ParameterType.STRING, Optional.ofNullable(defaultValue),
                Optional.empty(), Optional.empty(), List.of());
    }

    public static ParameterSpec integer(String key, String label, String description, int defaultValue, int min, int max) {
        return new ParameterSpec(key, label, description, ParameterType.INTEGER, Optional.of(defaultValue),
                Optional.of((double) min), Optional.of((double) max), List.of());
    }

    public static ParameterSpec number(String key, String label, String description, double defaultValue, double min, double max) {
        return new ParameterSpec(key, label, description, ParameterType.NUMBER, Optional.of(defaultValue),
                Optional.of(min), Optional.of(max), List.of());
    }

    public static ParameterSpec bool(String key, String label, String description, boolean defaultValue) {
        return new ParameterSpec(key, label, description, ParameterType.BOOLEAN, Optional.of(defaultValue),
                Optional.empty(), Optional.empty(), List.of());
    }

    public static ParameterSpec choice(String key, String label, String description, String defaultValue, String... choices) {
        return new ParameterSpec(key, label, description, ParameterType.CHOICE, Optional.ofNullable(defaultValue),
                Optional.empty(), Optional.empty(), List.of(choices));
    }

    /** A comma-separated list; {@code defaultValue} null makes it required. */
    public static ParameterSpec stringList(String key, String label, String description, List<String> defaultValue) {
        return new ParameterSpec(key, label, description, ParameterType.STRING_LIST,
                Optional.ofNullable(defaultValue == null ? null : List.copyOf(defaultValue)),
                Optional.empty(), Optional.empty(), List.of());
    }
}
