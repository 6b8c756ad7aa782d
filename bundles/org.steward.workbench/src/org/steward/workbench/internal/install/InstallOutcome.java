package org.steward.workbench.internal.install;

import java.util.List;

/**
 * What installing a bundle did, to show the user: which models and extension contributions it brought, what went
 * wrong, and whether a restart is needed for the rest.
 *
 * @param symbolicName  the bundle's symbolic name
 * @param version       its version
 * @param models        ids of the analysis models it registered
 * @param extensions    extension points it contributes to, e.g. {@code org.steward.workbench.modelUi (1)}
 * @param trustNote     the trust decision's reason when it was a warning, else empty
 * @param restartReason why a restart is needed, or empty when everything is live
 */
public record InstallOutcome(String symbolicName, String version, List<String> models, List<String> extensions,
                             String trustNote, String restartReason) {

    public InstallOutcome {
        models = List.copyOf(models);
        extensions = List.copyOf(extensions);
    }
}
