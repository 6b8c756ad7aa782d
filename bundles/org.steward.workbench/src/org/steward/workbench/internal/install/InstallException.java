package org.steward.workbench.internal.install;

/** An install that could not be done (a bundle or a feature not installed, or removed again), with the reason a user can act on. */
public final class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
