package org.steward.workspace.crypto;

/** A cipher text could not be opened: wrong key, damaged text, or another field's value. Says nothing about the plaintext. */
public class LockedValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public LockedValueException(String message) {
        super(message);
    }

    public LockedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
