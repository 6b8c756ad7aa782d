package org.steward.workbench.p2.internal.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.p2.internal.ApplyResult;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.InstallPlan;
import org.steward.workbench.p2.internal.SiteFeature;

/** Carries out an install or uninstall plan in the background (progress view) and says what it did. */
final class ApplyJob extends Job {

    private final FeatureInstaller installer;
    private final InstallPlan plan;
    private final boolean acceptWarnings;
    private final Shell shell;

    ApplyJob(FeatureInstaller installer, InstallPlan plan, boolean acceptWarnings, Shell shell) {
        super(NLS.bind(plan.install() ? Messages.Job_install : Messages.Job_uninstall,
                String.join(", ", plan.features().stream().map(SiteFeature::name).toList())));
        this.installer = installer;
        this.plan = plan;
        this.acceptWarnings = acceptWarnings;
        this.shell = shell;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String text;
        boolean ok;
        try {
            ApplyResult result = installer.apply(plan, acceptWarnings, monitor);
            text = Reports.result(result, plan.install());
            ok = true;
        } catch (InstallException e) {
            text = NLS.bind(Messages.Result_failed, getName(), e.getMessage());
            ok = false;
        }
        show(text, ok);
        return Status.OK_STATUS; // the outcome is shown in the dialog, good or bad
    }

    private void show(String text, boolean ok) {
        Display display = shell.isDisposed() ? Display.getDefault() : shell.getDisplay();
        display.asyncExec(() -> {
            Shell parent = shell.isDisposed() ? display.getActiveShell() : shell;
            if (ok) {
                MessageDialog.openInformation(parent, Messages.Result_title, text);
            } else {
                MessageDialog.openError(parent, Messages.Result_title, text);
            }
        });
    }
}
