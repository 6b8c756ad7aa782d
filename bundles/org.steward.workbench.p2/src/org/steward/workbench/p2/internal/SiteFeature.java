package org.steward.workbench.p2.internal;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * A feature offered by an update site or installed in the workbench.
 *
 * @param id          the feature id (without {@code .feature.group})
 * @param version     its version
 * @param name        its name, or the id when it has none
 * @param provider    its provider, or empty
 * @param description its description, or empty
 */
public record SiteFeature(String id, String version, String name, String provider, String description) {

    static final String GROUP_SUFFIX = ".feature.group";

    static SiteFeature of(IInstallableUnit iu) {
        String id = iu.getId().endsWith(GROUP_SUFFIX) ? iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length())
                : iu.getId();
        return new SiteFeature(id, iu.getVersion().toString(), text(iu, IInstallableUnit.PROP_NAME, id),
                text(iu, IInstallableUnit.PROP_PROVIDER, ""), text(iu, IInstallableUnit.PROP_DESCRIPTION, ""));
    }

    /** The id of the feature's group unit in p2 metadata. */
    public String groupId() {
        return id + GROUP_SUFFIX;
    }

    private static String text(IInstallableUnit iu, String key, String fallback) {
        String value = iu.getProperty(key, null);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
