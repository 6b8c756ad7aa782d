package org.steward.compose.ui.internal.composition;

import java.util.List;
import java.util.Optional;

/**
 * The features of an update site (one entry per id, its highest version) and what could not be read, each naming
 * the file and the reason.
 */
public record SiteContents(List<SiteFeature> features, List<String> problems) {
    public SiteContents {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public Optional<SiteFeature> feature(String id) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
