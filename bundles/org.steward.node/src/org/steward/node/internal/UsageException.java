package org.steward.node.internal;

/** The command line is wrong (unknown option, missing value, unknown model…): exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
