package org.steward.workbench.p2.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;

import org.steward.workbench.internal.install.InstallException;

/** Asks the p2 planner what installing or uninstalling features would change in a profile, and whether it can. */
final class PlanMaker {

    private final IProvisioningAgent agent;
    private final String profileId;
    private final TrustCheck trust;

    PlanMaker(IProvisioningAgent agent, String profileId, TrustCheck trust) {
        this.agent = agent;
        this.profileId = profileId;
        this.trust = trust;
    }

    InstallPlan install(P2Site site, List<String> featureIds, IProgressMonitor monitor) throws InstallException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        List<IInstallableUnit> groups = new ArrayList<>();
        List<SiteFeature> features = new ArrayList<>();
        for (String id : featureIds) {
            IInstallableUnit group = site.group(id);
            groups.add(group);
            features.add(SiteFeature.of(group));
        }
        InstallOperation op = new InstallOperation(new ProvisioningSession(agent), groups);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(site.location());
        context.setArtifactRepositories(site.location());
        op.setProvisioningContext(context);
        op.setProfileId(profileId);
        String problem = resolve(op, sub.split(4));
        if (!problem.isEmpty()) {
            return new InstallPlan(true, features, problem, List.of(), List.of(), List.of(), List.of(), op);
        }
        IProvisioningPlan plan = op.getProvisioningPlan();
        List<IInstallableUnit> added = units(plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null));
        List<IInstallableUnit> removed = units(plan.getRemovals().query(QueryUtil.createIUAnyQuery(), null));
        List<BundleTrust> judged = trust.judge(added, site.artifacts(sub.split(2)), sub.split(4));
        return new InstallPlan(true, features, "", names(added), names(removed), judged, restartReasons(added, removed), op);
    }

    InstallPlan uninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallException {
        IProfile profile = profile();
        List<IInstallableUnit> groups = new ArrayList<>();
        List<SiteFeature> features = new ArrayList<>();
        for (String id : featureIds) {
            var found = profile.query(QueryUtil.createIUQuery(id + SiteFeature.GROUP_SUFFIX), null);
            if (found.isEmpty()) {
                throw new InstallException("the feature '" + id + "' is not installed in this workbench");
            }
            IInstallableUnit group = found.iterator().next();
            if (!installedByUser(profile).contains(group)) {
                throw new InstallException("the feature '" + id + "' is part of the product and cannot be uninstalled here");
            }
            groups.add(group);
            features.add(SiteFeature.of(group));
        }
        UninstallOperation op = new UninstallOperation(new ProvisioningSession(agent), groups);
        op.setProfileId(profileId);
        String problem = resolve(op, monitor);
        if (!problem.isEmpty()) {
            return new InstallPlan(false, features, problem, List.of(), List.of(), List.of(), List.of(), op);
        }
        IProvisioningPlan plan = op.getProvisioningPlan();
        List<IInstallableUnit> added = units(plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null));
        List<IInstallableUnit> removed = units(plan.getRemovals().query(QueryUtil.createIUAnyQuery(), null));
        return new InstallPlan(false, features, "", names(added), names(removed), List.of(), List.of(), op);
    }

    /** Features the user installed (roots of the profile other than the product itself). */
    List<SiteFeature> installed() throws InstallException {
        List<SiteFeature> list = new ArrayList<>();
        for (IInstallableUnit iu : installedByUser(profile())) {
            list.add(SiteFeature.of(iu));
        }
        return list;
    }

    private static List<IInstallableUnit> installedByUser(IProfile profile) {
        List<IInstallableUnit> list = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), null)) {
            if (QueryUtil.isGroup(iu) && !QueryUtil.isProduct(iu)) {
                list.add(iu);
            }
        }
        return list;
    }

    IProfile profile() throws InstallException {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(profileId);
        if (profile == null) {
            throw new InstallException("this workbench has no p2 profile '" + profileId + "' (it was not installed by p2,"
                    + " e.g. a development runtime): install into the materialised product instead");
        }
        return profile;
    }

    /** Empty when the planner found a solution, else its explanation (missing requirements, conflicting singletons). */
    private static String resolve(ProfileChangeOperation op, IProgressMonitor monitor) {
        IStatus status = op.resolveModal(monitor == null ? new NullProgressMonitor() : monitor);
        if (status.getSeverity() != IStatus.ERROR && status.getSeverity() != IStatus.CANCEL) {
            return "";
        }
        String details = op.getResolutionDetails();
        return details == null || details.isBlank() ? Statuses.describe(status) : details.strip();
    }

    /**
     * A bundle replaced by another version while it is loaded keeps its classes until the framework restarts; a
     * fragment attaches to its host only when the host is resolved again, i.e. at the next start.
     */
    private static List<String> restartReasons(List<IInstallableUnit> added, List<IInstallableUnit> removed) {
        List<String> reasons = new ArrayList<>();
        Map<String, IInstallableUnit> removedBundles = new TreeMap<>();
        for (IInstallableUnit iu : removed) {
            if (isBundle(iu)) {
                removedBundles.put(iu.getId(), iu);
            }
        }
        for (IInstallableUnit iu : added) {
            if (!isBundle(iu)) {
                continue;
            }
            IInstallableUnit old = removedBundles.get(iu.getId());
            if (old != null) {
                reasons.add(iu.getId() + " " + old.getVersion() + " is replaced by " + iu.getVersion()
                        + "; the running workbench has the old one loaded and uses the new one after a restart");
            }
            for (IProvidedCapability c : iu.getProvidedCapabilities()) {
                if ("osgi.fragment".equals(c.getNamespace())) {
                    reasons.add(iu.getId() + " is a fragment of " + c.getName()
                            + "; fragments attach to their host at the next start");
                }
            }
        }
        return reasons;
    }

    static boolean isBundle(IInstallableUnit iu) {
        return iu.getArtifacts().stream().anyMatch(k -> TrustCheck.BUNDLE_CLASSIFIER.equals(k.getClassifier()));
    }

    private static List<IInstallableUnit> units(Iterable<IInstallableUnit> result) {
        List<IInstallableUnit> list = new ArrayList<>();
        result.forEach(list::add);
        list.sort((a, b) -> a.getId().compareTo(b.getId()));
        return list;
    }

    private static List<String> names(List<IInstallableUnit> units) {
        return units.stream().map(iu -> iu.getId() + " " + iu.getVersion()).toList();
    }
}
