package org.steward.competitor.analysis;

import java.util.List;
import java.util.Objects;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Relation;

/**
 * The recommendation for one competitor in one segment (business line).
 *
 * @param rule       the rule that fired: P1, P2, A, D1, I, D2 (docs/models/competitor.md)
 * @param activities the activities the action is about (imitate these, differentiate on these, partner for these)
 * @param reasoning  the explanation, with the figures used
 */
public record Recommendation(String segment, Relation relation, Action action, String rule, List<Activity> activities, String reasoning) {
    public Recommendation {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(rule, "rule");
        activities = List.copyOf(activities);
        Objects.requireNonNull(reasoning, "reasoning");
    }
}
