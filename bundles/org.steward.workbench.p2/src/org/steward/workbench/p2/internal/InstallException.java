package org.steward.workbench.p2.internal;

/** Something the installer could not do, with a reason a user can act on. */
public final class InstallException extends Exception {

    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }

    public InstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
