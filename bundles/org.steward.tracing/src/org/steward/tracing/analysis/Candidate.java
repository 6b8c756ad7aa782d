package org.steward.tracing.analysis;

import java.util.Map;
import java.util.Objects;

/**
 * A possible source node.
 *
 * @param node          node id
 * @param score         normalised score; the scores of all candidates sum to 1
 * @param hops          links from the node down to the most upstream fired sensor
 * @param travelSeconds travel time from the node to each fired sensor (sensor node id → seconds)
 * @param residual      RMS misfit in seconds between observed and predicted arrival-time differences;
 *                      0 when no arrival times were given
 */
public record Candidate(String node, double score, int hops, Map<String, Double> travelSeconds, double residual) {
    public Candidate {
        Objects.requireNonNull(node, "node");
        travelSeconds = Map.copyOf(travelSeconds);
    }
}
