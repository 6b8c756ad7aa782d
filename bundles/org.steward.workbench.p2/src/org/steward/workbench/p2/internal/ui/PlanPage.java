package org.steward.workbench.p2.internal.ui;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.InstallPlan;
import org.steward.workbench.p2.internal.SiteFeature;

/** Second page: the plan p2 computed for the ticked features, with the trust decision for every new bundle. */
public final class PlanPage extends WizardPage {

    private final FeatureInstaller installer;
    private final String policy;
    private Text text;
    private Button accept;
    private InstallPlan plan;

    PlanPage(FeatureInstaller installer, String policy) {
        super("plan");
        this.installer = installer;
        this.policy = policy;
        setTitle(Messages.Plan_title);
        setDescription(Messages.Plan_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        text = new Text(root, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setData(SitePage.WIDGET, "p2.plan.text");
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(text);
        accept = new Button(root, SWT.CHECK);
        accept.setText(Messages.Plan_acceptWarnings);
        accept.setData(SitePage.WIDGET, "p2.plan.accept");
        accept.setVisible(false);
        accept.addListener(SWT.Selection, e -> update());
        setControl(root);
    }

    /** Computes the plan for the site and features of the first page (called when this page is shown). */
    void compute(URI site, List<SiteFeature> features) {
        plan = null;
        List<String> ids = features.stream().map(SiteFeature::id).toList();
        InstallPlan[] result = new InstallPlan[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(Messages.Plan_computing, IProgress.UNKNOWN);
                try {
                    result[0] = installer.planInstall(site, ids, monitor);
                } catch (InstallException e) {
                    throw new InvocationTargetException(e);
                }
            });
            plan = result[0];
            text.setText(Reports.plan(plan, policy));
            setErrorMessage(plan.possible() ? null : Messages.Plan_impossible + " " + firstLine(plan.problem()));
            accept.setVisible(plan.possible() && plan.refused().isEmpty() && !plan.warnings().isEmpty());
            accept.setSelection(false);
        } catch (InvocationTargetException e) {
            text.setText(e.getCause().getMessage());
            setErrorMessage(firstLine(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            setErrorMessage(e.toString());
        }
        update();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void update() {
        boolean ok = plan != null && plan.possible() && plan.refused().isEmpty()
                && (plan.warnings().isEmpty() || accept.getSelection());
        if (plan != null && !plan.refused().isEmpty()) {
            setErrorMessage(org.eclipse.osgi.util.NLS.bind(Messages.Plan_refused, plan.refused().size()));
        }
        setPageComplete(ok);
    }

    InstallPlan plan() {
        return plan;
    }

    boolean warningsAccepted() {
        return accept.getSelection();
    }

    /** The text shown (UI tests). */
    public String shownText() {
        return text.getText();
    }

    /** Progress constant without pulling IProgressMonitor into the page's imports twice. */
    private interface IProgress {
        int UNKNOWN = org.eclipse.core.runtime.IProgressMonitor.UNKNOWN;
    }
}
