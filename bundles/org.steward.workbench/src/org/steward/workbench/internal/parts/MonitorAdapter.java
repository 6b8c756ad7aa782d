package org.steward.workbench.internal.parts;

import org.eclipse.core.runtime.IProgressMonitor;
import org.steward.core.model.ProgressMonitor;

/** Lets a model report to an Eclipse job's progress monitor and see the user's cancel. */
public final class MonitorAdapter implements ProgressMonitor {

    private final IProgressMonitor monitor;

    public MonitorAdapter(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void begin(String taskName, int totalWork) {
        monitor.beginTask(taskName, totalWork < 0 ? IProgressMonitor.UNKNOWN : totalWork);
    }

    @Override
    public void worked(int units) {
        monitor.worked(units);
    }

    @Override
    public void subTask(String name) {
        monitor.subTask(name);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    @Override
    public void done() {
        monitor.done();
    }
}
