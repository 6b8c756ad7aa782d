package org.steward.competitor.model;

import java.util.Objects;

/** Where a record came from: the file and the line of its name (1-based; 0 when not known). */
public record Origin(String file, int line) {
    public Origin {
        Objects.requireNonNull(file, "file");
    }
}
