package org.steward.workspace;

/** A workspace operation failed; the message says what, on which file, and what to do. */
public class WorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
