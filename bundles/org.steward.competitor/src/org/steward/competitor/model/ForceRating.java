package org.steward.competitor.model;

import java.util.Objects;

/** One five-forces rating (1 weak … 5 strong) for one market segment, with what drives it. */
public record ForceRating(String segment, Force force, int rating, String drivers) {
    public ForceRating {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(drivers, "drivers");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5: " + rating);
        }
    }
}
