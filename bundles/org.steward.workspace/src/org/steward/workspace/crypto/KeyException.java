package org.steward.workspace.crypto;

/** A key is configured but cannot be used; the message says where it is and what to do (never the key itself). */
public class KeyException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyException(String message) {
        super(message);
    }

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
