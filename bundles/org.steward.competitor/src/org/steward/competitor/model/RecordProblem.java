package org.steward.competitor.model;

import java.util.Objects;

/**
 * Something wrong in the input: the file, the line (1-based; 0 for the whole file or folder), the field and a
 * message that says what to do.
 */
public record RecordProblem(String file, int line, String field, String message) {
    public RecordProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: field: message}. */
    public String text() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
