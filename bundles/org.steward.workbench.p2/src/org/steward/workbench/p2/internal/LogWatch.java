package org.steward.workbench.p2.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Collects the warnings and errors logged about given bundles while they are being brought up — e.g. a bad
 * extension the workbench skipped — so the install report can name them.
 */
final class LogWatch implements ILogListener, AutoCloseable {

    private final Collection<String> bundleNames;
    private final List<String> problems = new ArrayList<>();

    LogWatch(Collection<String> bundleNames) {
        this.bundleNames = List.copyOf(bundleNames);
        Platform.addLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (status.getSeverity() < IStatus.WARNING) {
            return;
        }
        String text = Statuses.describe(status);
        for (String name : bundleNames) {
            if (name.equals(status.getPlugin()) || text.contains(name)) {
                synchronized (problems) {
                    problems.add(text);
                }
                return;
            }
        }
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public void close() {
        Platform.removeLogListener(this);
    }
}
