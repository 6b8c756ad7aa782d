package org.steward.core.model;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress and cancellation for long work, independent of Eclipse so that models run on Felix too.
 * The workbench adapts it to an {@code IProgressMonitor}; the node prints it.
 */
@ConsumerType
public interface ProgressMonitor {

    /** Starts the work; {@code totalWork} is in units of the caller's choosing, or -1 if unknown. */
    void begin(String taskName, int totalWork);

    void worked(int units);

    void subTask(String name);

    boolean isCanceled();

    void done();

    /** Throws {@link ModelCanceledException} once the monitor has been cancelled; call it between steps. */
    default void checkCanceled(String source) throws ModelCanceledException {
        if (isCanceled()) {
            throw new ModelCanceledException(source, "cancelled");
        }
    }

    /** A monitor that reports nothing and is never cancelled. */
    ProgressMonitor NULL = new ProgressMonitor() {
        @Override public void begin(String taskName, int totalWork) { /* nothing to show */ }
        @Override public void worked(int units) { /* nothing to show */ }
        @Override public void subTask(String name) { /* nothing to show */ }
        @Override public boolean isCanceled() { return false; }
        @Override public void done() { /* nothing to show */ }
    };
}
