package org.steward.competitor.model;

import java.util.Objects;

/** A profit model a competitor uses, with the evidence for it. */
public record ProfitModelEntry(ProfitModel model, String evidence) {
    public ProfitModelEntry {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(evidence, "evidence");
    }
}
