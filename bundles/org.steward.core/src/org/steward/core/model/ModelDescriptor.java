package org.steward.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalogue knows about a registered model, read from its service properties.
 *
 * @param id           unique model id
 * @param name         display name
 * @param category     navigator group
 * @param version      model version
 * @param description  what it does
 * @param bundle       symbolic name of the contributing bundle
 * @param bundleVersion version of the contributing bundle
 */
public record ModelDescriptor(String id, String name, String category, String version, String description,
                              String bundle, String bundleVersion) {

    public static final String PROP_ID = Model.PREFIX_ + "id";
    public static final String PROP_NAME = Model.PREFIX_ + "name";
    public static final String PROP_CATEGORY = Model.PREFIX_ + "category";
    public static final String PROP_VERSION = Model.PREFIX_ + "version";
    public static final String PROP_DESCRIPTION = Model.PREFIX_ + "description";

    public ModelDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
    }

    /**
     * Reads the descriptor from service properties; empty when the id is missing or blank (such a service is
     * not a usable model and is skipped with a warning by the catalogue).
     */
    public static Optional<ModelDescriptor> fromProperties(Map<String, ?> props, String bundle, String bundleVersion) {
        String id = text(props.get(PROP_ID));
        if (id.isBlank()) {
            return Optional.empty();
        }
        String name = text(props.get(PROP_NAME));
        String category = text(props.get(PROP_CATEGORY));
        String version = text(props.get(PROP_VERSION));
        return Optional.of(new ModelDescriptor(id, name.isBlank() ? id : name, category.isBlank() ? "Other" : category,
                version.isBlank() ? "0.0.0" : version, text(props.get(PROP_DESCRIPTION)), bundle, bundleVersion));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().trim();
    }
}
