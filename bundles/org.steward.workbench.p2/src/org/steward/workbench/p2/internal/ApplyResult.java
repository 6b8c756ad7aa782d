package org.steward.workbench.p2.internal;

import java.util.List;

/**
 * What applying a plan did.
 *
 * @param features       the features installed or uninstalled
 * @param bundles        the bundles started (install) or removed (uninstall), {@code symbolicName version}
 * @param models         ids of the analysis models the installed bundles registered
 * @param extensions     extension points the installed bundles contribute to, e.g. {@code org.steward.workbench.modelUi (1)}
 * @param problems       what went wrong with a contribution that was nevertheless kept (e.g. a bad extension), empty if none
 * @param restartReasons why a restart is needed before the change is complete; empty when everything is live
 */
public record ApplyResult(List<SiteFeature> features, List<String> bundles, List<String> models, List<String> extensions,
                          List<String> problems, List<String> restartReasons) {

    public ApplyResult {
        features = List.copyOf(features);
        bundles = List.copyOf(bundles);
        models = List.copyOf(models);
        extensions = List.copyOf(extensions);
        problems = List.copyOf(problems);
        restartReasons = List.copyOf(restartReasons);
    }
}
