package org.steward.workbench.p2.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.osgi.framework.Bundle;
import org.steward.workbench.internal.install.BundleContributions;
import org.steward.workbench.internal.install.InstallException;

/**
 * Carries out a plan: p2 changes the profile and writes the new configuration, then the running framework is
 * brought in line without a restart where the bundles allow it. A bundle of an installed feature that does not
 * resolve or whose activation throws is reported and the feature is uninstalled again, so the workbench is left as
 * it was; a bad extension is reported while the rest of the feature stays.
 */
final class PlanApplier {

    private final ConfigurationApplier configuration;
    private final RunningBundles running;

    PlanApplier(ConfigurationApplier configuration, RunningBundles running) {
        this.configuration = configuration;
        this.running = running;
    }

    /** Runs the p2 provisioning job of {@code plan}; nothing in the running framework changes yet. */
    void provision(InstallPlan plan, IProgressMonitor given) throws InstallException {
        IProgressMonitor monitor = given == null ? new NullProgressMonitor() : given;
        ProvisioningJob job = plan.operation().getProvisioningJob(monitor);
        if (job == null) {
            throw new InstallException("p2 has no job for this plan: " + Statuses.describe(plan.operation().getResolutionResult()));
        }
        IStatus status = job.runModal(monitor);
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new InstallException("p2 could not change the installation: " + Statuses.describe(status));
        }
    }

    /** After {@link #provision}: starts the bundles a feature brought and reports what they contribute. */
    ApplyResult goLive(InstallPlan plan, IProgressMonitor monitor) throws InstallException {
        SubMonitor sub = SubMonitor.convert(monitor, 3);
        List<String> restart = new ArrayList<>(plan.restartReasons());
        List<String[]> addedBundles = bundles(plan.additions(), plan);
        List<String> names = addedBundles.stream().map(b -> b[0]).toList();
        try (LogWatch log = new LogWatch(names)) {
            if (restart.isEmpty()) {
                configuration.apply().ifPresent(restart::add);
            }
            sub.worked(1);
            if (!restart.isEmpty()) {
                return new ApplyResult(plan.features(), bundleNames(addedBundles), List.of(), List.of(), List.of(), restart);
            }
            List<Bundle> bundles = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (String[] b : addedBundles) {
                Optional<Bundle> bundle = running.find(b[0], b[1]);
                if (bundle.isEmpty()) {
                    restart.add(b[0] + " " + b[1] + " was not installed into the running framework; it starts after a restart");
                    continue;
                }
                bundles.add(bundle.get());
            }
            for (Bundle bundle : bundles) {
                running.start(bundle).ifPresent(failures::add);
            }
            sub.worked(1);
            if (!failures.isEmpty()) {
                throw new InstallException(String.join("\n", failures));
            }
            List<String> models = running.models(bundles);
            List<String> extensions = BundleContributions.extensions(bundles);
            sub.worked(1);
            return new ApplyResult(plan.features(), bundleNames(addedBundles), models, extensions, log.problems(), restart);
        }
    }

    /** After {@link #provision} of an uninstall plan: the feature's bundles leave the running framework. */
    ApplyResult goAway(InstallPlan plan) {
        List<String[]> removed = bundles(plan.removals(), plan);
        List<Bundle> bundles = new ArrayList<>();
        for (String[] b : removed) {
            running.find(b[0], b[1]).ifPresent(bundles::add);
        }
        running.uninstall(bundles);
        return new ApplyResult(plan.features(), bundleNames(removed), List.of(), List.of(), List.of(), List.of());
    }

    /** {symbolicName, version} of the bundle units among {@code units} ({@code id version} strings of the plan). */
    private static List<String[]> bundles(List<String> units, InstallPlan plan) {
        List<String> bundleUnits = plan.install() ? plan.trust().stream().map(BundleTrust::bundle).toList() : null;
        List<String[]> list = new ArrayList<>();
        for (String unit : units) {
            String[] parts = unit.split(" ", 2);
            boolean isBundle = bundleUnits != null ? bundleUnits.contains(unit)
                    : !parts[0].endsWith(SiteFeature.GROUP_SUFFIX) && !parts[0].endsWith(".feature.jar");
            if (isBundle && parts.length == 2) {
                list.add(parts);
            }
        }
        return list;
    }

    private static List<String> bundleNames(List<String[]> bundles) {
        return bundles.stream().map(b -> b[0] + " " + b[1]).toList();
    }
}
