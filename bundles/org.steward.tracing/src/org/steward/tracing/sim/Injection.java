package org.steward.tracing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A discharge into the network.
 *
 * @param node          the node it enters at
 * @param parameter     the parameter it raises (or lowers, when negative), e.g. {@code cod}
 * @param start         when it starts at the node
 * @param duration      how long it lasts (a rectangular pulse)
 * @param concentration the change it makes to the parameter in the flow leaving {@code node}, in the parameter's
 *                      unit (mg/L for cod, µS/cm for conductivity, pH units for ph); downstream it is diluted by
 *                      the accumulated flow
 */
public record Injection(String node, String parameter, Instant start, Duration duration, double concentration) {
    public Injection {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration of the injection at " + node + " must be positive, got " + duration);
        }
        if (!Double.isFinite(concentration)) {
            throw new IllegalArgumentException("concentration of the injection at " + node + " must be finite");
        }
    }

    public Instant end() {
        return start.plus(duration);
    }
}
