package org.steward.tracing.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of locating a discharge.
 *
 * @param candidates best first (score, then fewer hops, then file order)
 * @param consistent false when no node fits the fired/not-fired pattern exactly, so that the sensors that did not
 *                   fire were ignored (dilution below their threshold, or a sensor fault)
 * @param method     {@code arrival-times} when two or more fired sensors had times, else {@code upstream-distance}
 * @param confidence the top score (0 when there is no candidate)
 */
public record Location(List<Candidate> candidates, boolean consistent, String method, double confidence) {
    public Location {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(method, "method");
    }
}
