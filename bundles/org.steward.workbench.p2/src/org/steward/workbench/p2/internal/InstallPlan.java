package org.steward.workbench.p2.internal;

import java.util.List;

import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.steward.trust.TrustDecision;

/**
 * What installing or uninstalling features would do, computed by the p2 planner before anything changes.
 *
 * @param install        true to install, false to uninstall
 * @param features       the features the user chose
 * @param problem        why the change is impossible (missing requirements, conflicts), or empty when it can be done
 * @param additions      units that would be added, {@code id version}, bundles and features
 * @param removals       units that would be removed or replaced, {@code id version}
 * @param trust          the trust decision for every bundle that would be added
 * @param restartReasons why the change needs a restart of the workbench; empty when it is applied at once
 * @param operation      the p2 operation that carries it out
 */
public record InstallPlan(boolean install, List<SiteFeature> features, String problem, List<String> additions,
                          List<String> removals, List<BundleTrust> trust, List<String> restartReasons,
                          ProfileChangeOperation operation) {

    public InstallPlan {
        features = List.copyOf(features);
        additions = List.copyOf(additions);
        removals = List.copyOf(removals);
        trust = List.copyOf(trust);
        restartReasons = List.copyOf(restartReasons);
    }

    public boolean possible() {
        return problem.isEmpty();
    }

    /** Bundles the trust policy refuses: the plan cannot be applied while there are any. */
    public List<BundleTrust> refused() {
        return trust.stream().filter(t -> t.decision().verdict() == TrustDecision.Verdict.REJECT).toList();
    }

    /** Bundles installed only with the user's consent (unsigned or signed by an unknown key under warn-unsigned). */
    public List<BundleTrust> warnings() {
        return trust.stream().filter(t -> t.decision().verdict() == TrustDecision.Verdict.ACCEPT_WITH_WARNING).toList();
    }
}
