package org.steward.workbench.p2.internal;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.osgi.framework.BundleContext;
import org.steward.trust.TrustGate;
import org.steward.workbench.internal.install.InstallException;

/**
 * Installs features from p2 update sites into a profile of the running workbench and uninstalls them — the one
 * service behind File › Install Feature from Update Site…, File › Installed Features… and the headless
 * {@code org.steward.workbench.p2.install} application. Every bundle is judged by the trust policy before anything
 * changes; the change is applied to the running framework without a restart where the bundles allow it.
 */
public final class FeatureInstaller {

    private final IProvisioningAgent agent;
    private final PlanMaker plans;
    private final PlanApplier applier;

    public FeatureInstaller(IProvisioningAgent agent, String profileId, TrustGate trust, BundleContext context) {
        this.agent = agent;
        this.plans = new PlanMaker(agent, profileId, new TrustCheck(trust));
        this.applier = new PlanApplier(new ConfigurationApplier(context), new RunningBundles(context));
    }

    /** The features an update site offers (category-less sites too). */
    public List<SiteFeature> features(URI site, IProgressMonitor monitor) throws InstallException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        return P2Site.load(agent, site, sub.split(1)).features(sub.split(1));
    }

    /** What installing the features would change, with the trust decision for every new bundle. */
    public InstallPlan planInstall(URI site, List<String> featureIds, IProgressMonitor monitor) throws InstallException {
        SubMonitor sub = SubMonitor.convert(monitor, 3);
        return plans.install(P2Site.load(agent, site, sub.split(1)), featureIds, sub.split(2));
    }

    public InstallPlan planUninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallException {
        return plans.uninstall(featureIds, monitor);
    }

    /** Features the user installed into this workbench. */
    public List<SiteFeature> installed() throws InstallException {
        return plans.installed();
    }

    /**
     * Carries out a plan.
     *
     * @param acceptWarnings whether the user accepted the bundles the policy warns about (unsigned, unknown key)
     * @throws InstallException when the plan is impossible, the policy refuses a bundle, p2 fails, or a bundle does
     *                          not resolve or start (the feature is then uninstalled again) — with the reason
     */
    public ApplyResult apply(InstallPlan plan, boolean acceptWarnings, IProgressMonitor monitor) throws InstallException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        if (!plan.possible()) {
            throw new InstallException(plan.problem());
        }
        if (!plan.refused().isEmpty()) {
            throw new InstallException("refused by the trust policy: " + describe(plan.refused()));
        }
        if (!plan.warnings().isEmpty() && !acceptWarnings) {
            throw new InstallException("not installed: the trust policy warns about " + describe(plan.warnings())
                    + "; accept the warning to install anyway");
        }
        applier.provision(plan, sub.split(6));
        if (!plan.install()) {
            return applier.goAway(plan);
        }
        try {
            return applier.goLive(plan, sub.split(4));
        } catch (InstallException failure) {
            rollBack(plan);
            throw new InstallException(failure.getMessage() + "\nThe feature was uninstalled again; the workbench is as before.",
                    failure);
        }
    }

    private void rollBack(InstallPlan plan) {
        try {
            InstallPlan undo = plans.uninstall(plan.features().stream().map(SiteFeature::id).toList(), null);
            if (undo.possible()) {
                applier.provision(undo, null);
                applier.goAway(undo);
            }
        } catch (InstallException e) {
            // reported by the caller's message; a restart completes the removal
        }
    }

    private static String describe(List<BundleTrust> list) {
        StringBuilder text = new StringBuilder();
        for (BundleTrust t : list) {
            text.append(text.isEmpty() ? "" : "; ").append(t.bundle()).append(": ").append(t.decision().reason());
        }
        return text.toString();
    }
}
