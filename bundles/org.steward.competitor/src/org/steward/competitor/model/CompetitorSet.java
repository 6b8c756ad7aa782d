package org.steward.competitor.model;

import java.util.List;
import java.util.Optional;

/** The records read from a folder or a file, and every problem met while reading them. */
public record CompetitorSet(List<Competitor> competitors, List<RecordProblem> problems) {
    public CompetitorSet {
        competitors = List.copyOf(competitors);
        problems = List.copyOf(problems);
    }

    /** The record flagged {@code us}, if any. */
    public Optional<Competitor> us() {
        return competitors.stream().filter(Competitor::us).findFirst();
    }
}
