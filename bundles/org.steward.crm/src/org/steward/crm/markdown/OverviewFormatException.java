package org.steward.crm.markdown;

/** The file cannot be read as a customer overview at all; the message names the file and what is wrong. */
public class OverviewFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public OverviewFormatException(String message) {
        super(message);
    }
}
