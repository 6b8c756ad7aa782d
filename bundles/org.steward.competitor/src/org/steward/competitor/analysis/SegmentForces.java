package org.steward.competitor.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.steward.competitor.model.Force;

/**
 * Five forces of one market segment, merged over every record that rates it.
 *
 * @param means   mean rating per force
 * @param ratings every rating: record name, force, rating, drivers
 */
public record SegmentForces(String segment, Map<Force, Double> means, List<Rated> ratings) {
    public SegmentForces {
        means = Map.copyOf(means);
        ratings = List.copyOf(ratings);
    }

    /** One rating given by one record. */
    public record Rated(String record, Force force, int rating, String drivers) {
    }

    /** Mean over the forces' means: how unattractive the segment is (5 = every force strong). */
    public OptionalDouble overall() {
        return means.values().stream().mapToDouble(Double::doubleValue).average();
    }
}
