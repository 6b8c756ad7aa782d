package org.steward.competitor.model;

import java.util.Objects;

/** The relation of a competitor to us in one business line, and why. */
public record LineRelation(String businessLine, Relation relation, String reason) {
    public LineRelation {
        Objects.requireNonNull(businessLine, "businessLine");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(reason, "reason");
    }
}
