package org.steward.compose.ui.internal.composition;

import java.util.List;
import java.util.Objects;

/**
 * A feature of an update site as the wizard offers it: its id, label (resolved from feature.properties), version,
 * plug-ins, the ids of the analysis models those plug-ins declare (DS components with {@code steward.model.id}) and
 * the perspectives they contribute.
 */
public record SiteFeature(String id, String label, String version, List<String> plugins, List<String> models,
        List<Perspective> perspectives) {
    public SiteFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(version, "version");
        plugins = List.copyOf(plugins);
        models = List.copyOf(models);
        perspectives = List.copyOf(perspectives);
    }
}
