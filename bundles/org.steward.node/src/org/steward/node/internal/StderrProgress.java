package org.steward.node.internal;

import java.io.PrintStream;

import org.steward.core.model.ProgressMonitor;

/** Prints a model's progress to standard error, one line per step. */
final class StderrProgress implements ProgressMonitor {

    private final PrintStream err;
    private final String modelId;
    private int total = -1;
    private int done;

    StderrProgress(PrintStream err, String modelId) {
        this.err = err;
        this.modelId = modelId;
    }

    @Override
    public synchronized void begin(String taskName, int totalWork) {
        total = totalWork;
        done = 0;
        err.println(modelId + ": " + taskName);
    }

    @Override
    public synchronized void worked(int units) {
        done += units;
    }

    @Override
    public synchronized void subTask(String name) {
        err.println(total > 0 ? "  [" + (done + 1) + "/" + total + "] " + name : "  " + name);
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public synchronized void done() {
        err.println(modelId + ": " + Messages.get("progress.done"));
    }
}
