package org.steward.tracing.network;

import java.util.Objects;

/**
 * A problem found while reading or checking a network.
 *
 * @param severity ERROR makes the network unusable for tracing; WARNING is reported and tolerated
 * @param file     file name (no folders)
 * @param line     1-based line, 0 when the problem is not tied to one line
 * @param message  what is wrong and what to do
 */
public record Issue(Severity severity, String file, int line, String message) {
    public enum Severity { ERROR, WARNING }

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
