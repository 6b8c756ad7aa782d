package org.steward.tracing.network;

import java.util.Objects;

/**
 * Something attached to a network node: an enterprise's discharge point or a sensor.
 *
 * @param type what it is
 * @param id   its own id (licence number, sensor serial…)
 * @param node the node it discharges into or measures at
 * @param name a human name, may be empty
 * @param line 1-based line in the sidecar file
 */
public record Attachment(Type type, String id, String node, String name, int line) {
    public enum Type { ENTERPRISE, SENSOR }

    public Attachment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(name, "name");
    }
}
