package org.steward.competitor.model;

import java.util.Objects;

/**
 * One value-chain activity of a competitor.
 *
 * @param score strength 1 (weak) to 5 (best in the market)
 */
public record ChainEntry(Activity activity, int score, String description, String evidence) {
    public ChainEntry {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5: " + score);
        }
    }
}
