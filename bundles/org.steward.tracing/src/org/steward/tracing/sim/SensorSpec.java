package org.steward.tracing.sim;

import java.util.List;
import java.util.Objects;

/**
 * A sensor as the simulator sees it.
 *
 * @param id         sensor id
 * @param node       the network node it measures at
 * @param parameters what it measures (lower-case names), at least one
 */
public record SensorSpec(String id, String node, List<String> parameters) {
    public SensorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("sensor " + id + " measures no parameter");
        }
    }
}
