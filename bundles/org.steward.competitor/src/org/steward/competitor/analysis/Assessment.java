package org.steward.competitor.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;

/**
 * The analysis of one record.
 *
 * @param scores     the scored activities
 * @param gaps       competitor score minus our score, for activities both scored (positive: they are stronger)
 * @param mean       mean of the scores
 * @param meanGap    mean of the gaps (empty without an "us" record or comparable activities)
 * @param advantages advantage sources by the rules of {@link Rules#advantages}
 */
public record Assessment(Competitor competitor, Map<Activity, Integer> scores, Map<Activity, Integer> gaps, OptionalDouble mean,
                         OptionalDouble meanGap, List<AdvantageSource> advantages, String advantageReasoning,
                         List<Recommendation> recommendations) {
    public Assessment {
        scores = Map.copyOf(scores);
        gaps = Map.copyOf(gaps);
        advantages = List.copyOf(advantages);
        recommendations = List.copyOf(recommendations);
    }
}
