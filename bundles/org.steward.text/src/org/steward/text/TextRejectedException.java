package org.steward.text;

/** A file is not analysable text (empty, binary, or in no supported encoding); {@link #getMessage()} says why. */
public class TextRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public TextRejectedException(String reason) {
        super(reason);
    }
}
