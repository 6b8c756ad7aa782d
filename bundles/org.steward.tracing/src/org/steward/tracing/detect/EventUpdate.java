package org.steward.tracing.detect;

import java.util.Objects;

/**
 * A change of a discharge event reported by {@link DischargeDetector}.
 *
 * @param event the event as it is now
 * @param kind  {@link Kind#OPENED} for its first abnormal readings, {@link Kind#GREW} when a sensor or a parameter
 *              joins it, {@link Kind#CLOSED} when it ends after the quiet period
 */
public record EventUpdate(DischargeEvent event, Kind kind) {
    public enum Kind { OPENED, GREW, CLOSED }

    public EventUpdate {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
    }
}
