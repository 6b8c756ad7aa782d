package org.steward.node.internal;

/** Exit codes of {@code steward-node}. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** The model failed, or the node could not do the work (output not writable, time limit…). */
    static final int FAILED = 1;
    /** Bad command line: unknown command or option, missing value, bad parameter, unknown model. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
