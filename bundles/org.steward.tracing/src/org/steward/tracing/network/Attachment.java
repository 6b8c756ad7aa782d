package org.steward.tracing.network;

import java.util.List;
import java.util.Objects;

/**
 * Something attached to a network node: an enterprise's discharge point or a sensor.
 *
 * @param type what it is
 * @param id   its own id (licence number, sensor serial…)
 * @param node the node it discharges into or measures at
 * @param name a human name, may be empty
 * @param line 1-based line in the sidecar file
 * @param parameters what a sensor measures (lower-case names such as {@code cod}, {@code conductivity},
 *                   {@code ph}); {@link #DEFAULT_SENSOR_PARAMETERS} when the sidecar's fifth column is absent or
 *                   empty; empty for enterprises
 */
public record Attachment(Type type, String id, String node, String name, int line, List<String> parameters) {
    public enum Type { ENTERPRISE, SENSOR }

    /** Parameters of a sensor whose sidecar line has no fifth column. */
    public static final List<String> DEFAULT_SENSOR_PARAMETERS = List.of("cod", "conductivity");

    public Attachment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
    }

    /** An attachment with the default parameters of its type (sensors: {@code cod}, {@code conductivity}). */
    public Attachment(Type type, String id, String node, String name, int line) {
        this(type, id, node, name, line, type == Type.SENSOR ? DEFAULT_SENSOR_PARAMETERS : List.of());
    }
}
