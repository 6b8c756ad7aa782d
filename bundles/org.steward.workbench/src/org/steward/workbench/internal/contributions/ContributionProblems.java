package org.steward.workbench.internal.contributions;

import org.eclipse.core.runtime.IStatus;

/** Where descriptors and factories report bad contributions (the platform log, plus a list for views and tests). */
@FunctionalInterface
public interface ContributionProblems {

    void report(IStatus problem);
}
