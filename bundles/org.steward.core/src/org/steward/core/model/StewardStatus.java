package org.steward.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of an operation at an API edge: a severity, where it came from and a message a person can act on.
 *
 * @param severity how bad it is
 * @param source   the symbolic name of the bundle or the id of the model that reports it
 * @param message  what happened and, for errors, what to do about it
 * @param cause    the underlying exception, if any
 */
public record StewardStatus(Severity severity, String source, String message, Optional<Throwable> cause) {

    /** Severities, ordered from harmless to fatal. */
    public enum Severity { OK, INFO, WARNING, ERROR, CANCEL }

    public StewardStatus {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
    }

    public static StewardStatus ok(String source) {
        return new StewardStatus(Severity.OK, source, "OK", Optional.empty());
    }

    public static StewardStatus error(String source, String message) {
        return new StewardStatus(Severity.ERROR, source, message, Optional.empty());
    }

    public static StewardStatus error(String source, String message, Throwable cause) {
        return new StewardStatus(Severity.ERROR, source, message, Optional.ofNullable(cause));
    }

    public static StewardStatus warning(String source, String message) {
        return new StewardStatus(Severity.WARNING, source, message, Optional.empty());
    }

    public boolean isOk() {
        return severity == Severity.OK || severity == Severity.INFO;
    }
}
