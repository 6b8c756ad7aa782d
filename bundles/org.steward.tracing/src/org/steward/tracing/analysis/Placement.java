package org.steward.tracing.analysis;

import java.util.List;

/**
 * The outcome of greedy sensor placement.
 *
 * @param before expected candidate-set size with only the existing sensors
 * @param steps  the chosen sensors in order, each with the expected size after adding it
 * @param after  expected size after the last step
 */
public record Placement(double before, List<Step> steps, double after) {
    /** One chosen sensor and the expected candidate-set size once it is added. */
    public record Step(String node, double expected) {
    }

    public Placement {
        steps = List.copyOf(steps);
    }
}
