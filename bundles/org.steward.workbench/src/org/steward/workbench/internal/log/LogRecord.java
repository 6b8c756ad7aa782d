package org.steward.workbench.internal.log;

import java.time.Instant;
import java.util.Optional;

/**
 * One warning or error shown in the error log view.
 *
 * @param time     when it was logged
 * @param severity {@code ERROR} or {@code WARNING}
 * @param source   bundle or plug-in id that logged it
 * @param message  the message
 * @param detail   stack trace or nested statuses, if any
 */
public record LogRecord(Instant time, Severity severity, String source, String message, Optional<String> detail) {

    /** What the view distinguishes. */
    public enum Severity { ERROR, WARNING, INFO }
}
