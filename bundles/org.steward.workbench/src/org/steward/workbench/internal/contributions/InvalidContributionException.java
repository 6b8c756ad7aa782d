package org.steward.workbench.internal.contributions;

/** An extension element lacks a required attribute or has a bad one; the message names the bundle and the fix. */
public class InvalidContributionException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidContributionException(String message) {
        super(message);
    }
}
