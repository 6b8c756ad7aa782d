package org.steward.tracing.detect;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading of one parameter at one sensor.
 *
 * @param sensor    sensor id (as in the attachments sidecar)
 * @param parameter lower-case parameter name, e.g. {@code cod}, {@code conductivity}, {@code ph}
 * @param time      when it was measured
 * @param value     the measured value in the parameter's unit; must be finite
 */
public record Observation(String sensor, String parameter, Instant time, double value) {
    public Observation {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(time, "time");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + sensor + "/" + parameter + " at " + time + " is not finite: " + value);
        }
    }
}
