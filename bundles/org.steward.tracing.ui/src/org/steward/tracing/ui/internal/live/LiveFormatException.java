package org.steward.tracing.ui.internal.live;

/** A received message that cannot be read; the message names the topic or field. */
public final class LiveFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public LiveFormatException(String message) {
        super(message);
    }
}
