package org.steward.core.model;

/** A model could not do its work; the status says why and what to do. */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient StewardStatus status;

    public ModelException(StewardStatus status) {
        super(status.message(), status.cause().orElse(null));
        this.status = status;
    }

    public ModelException(String source, String message) {
        this(StewardStatus.error(source, message));
    }

    public ModelException(String source, String message, Throwable cause) {
        this(StewardStatus.error(source, message, cause));
    }

    public StewardStatus status() {
        return status;
    }
}
