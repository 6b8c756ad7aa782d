package org.steward.workbench.p2.internal.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.steward.trust.TrustDecision;
import org.steward.workbench.p2.internal.ApplyResult;
import org.steward.workbench.p2.internal.BundleTrust;
import org.steward.workbench.p2.internal.InstallPlan;
import org.steward.workbench.p2.internal.SiteFeature;

/** Plans and results as the text the wizard and the dialogs show. */
final class Reports {

    private Reports() {
    }

    static String plan(InstallPlan plan, String policy) {
        StringBuilder t = new StringBuilder(Messages.Plan_features).append('\n');
        for (SiteFeature f : plan.features()) {
            t.append("  ").append(f.name()).append("  (").append(f.id()).append(' ').append(f.version()).append(")\n");
        }
        if (!plan.possible()) {
            return t.append('\n').append(Messages.Plan_impossible).append('\n').append(plan.problem()).toString();
        }
        list(t, NLS.bind(Messages.Plan_additions, plan.additions().size()), plan.additions());
        list(t, NLS.bind(Messages.Plan_removals, plan.removals().size()), plan.removals());
        t.append('\n').append(NLS.bind(Messages.Plan_trust, policy)).append('\n');
        for (BundleTrust b : plan.trust()) {
            t.append("  [").append(verdict(b.decision().verdict())).append("] ").append(b.bundle()).append(": ")
                    .append(b.decision().reason()).append('\n');
        }
        if (!plan.refused().isEmpty()) {
            t.append(NLS.bind(Messages.Plan_refused, plan.refused().size())).append('\n');
        }
        t.append('\n');
        if (plan.restartReasons().isEmpty()) {
            t.append(Messages.Plan_live);
        } else {
            list(t, Messages.Plan_restart, plan.restartReasons());
        }
        return t.toString().strip();
    }

    static String result(ApplyResult r, boolean install) {
        String names = String.join(", ", r.features().stream().map(SiteFeature::name).toList());
        StringBuilder t = new StringBuilder(NLS.bind(install ? Messages.Result_installed : Messages.Result_uninstalled, names));
        if (install) {
            t.append("\n\n").append(NLS.bind(Messages.Result_models, joined(r.models())));
            t.append('\n').append(NLS.bind(Messages.Result_extensions, joined(r.extensions())));
        }
        if (!r.problems().isEmpty()) {
            list(t.append('\n'), Messages.Result_problems, r.problems());
        }
        if (!r.restartReasons().isEmpty()) {
            list(t.append('\n'), Messages.Result_restart, r.restartReasons());
        }
        return t.toString().strip();
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? Messages.Result_none : String.join(", ", items);
    }

    private static void list(StringBuilder t, String title, List<String> items) {
        t.append('\n').append(title).append('\n');
        if (items.isEmpty()) {
            t.append("  ").append(Messages.Plan_nothing).append('\n');
        }
        for (String item : items) {
            t.append("  ").append(item.replace("\n", "\n  ")).append('\n');
        }
    }

    private static String verdict(TrustDecision.Verdict v) {
        return switch (v) {
            case ACCEPT -> Messages.Verdict_accept;
            case ACCEPT_WITH_WARNING -> Messages.Verdict_warn;
            case REJECT -> Messages.Verdict_reject;
        };
    }
}
