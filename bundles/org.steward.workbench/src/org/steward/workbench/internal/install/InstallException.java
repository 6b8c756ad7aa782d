package org.steward.workbench.internal.install;

/** A bundle that was not installed (or was removed again), with the reason a user can act on. */
public final class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
