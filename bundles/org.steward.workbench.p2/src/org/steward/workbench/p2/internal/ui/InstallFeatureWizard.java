package org.steward.workbench.p2.internal.ui;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.steward.workbench.p2.internal.FeatureInstaller;

/** File › Install Feature from Update Site…: site and features, then the plan; Finish installs in a job. */
public final class InstallFeatureWizard extends Wizard {

    private final FeatureInstaller installer;
    private final SitePage site;
    private final PlanPage plan;
    private final Shell resultShell;
    private ApplyJob job;

    public InstallFeatureWizard(FeatureInstaller installer, String policy, Shell resultShell) {
        this.installer = installer;
        this.resultShell = resultShell;
        this.site = new SitePage(installer);
        this.plan = new PlanPage(installer, policy);
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(site);
        addPage(plan);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == site) {
            plan.compute(site.site(), site.chosen());
            return plan;
        }
        return null;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == plan && plan.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        job = new ApplyJob(installer, plan.plan(), plan.warningsAccepted(), resultShell);
        job.schedule();
        return true;
    }

    /** The pages, for the UI tests. */
    public SitePage sitePage() {
        return site;
    }

    public PlanPage planPage() {
        return plan;
    }
}
