package org.steward.releng.baseline;

import java.util.List;

/**
 * One exported API package whose changes since the baseline need a higher version than the one it exports.
 *
 * @param bundle symbolic name of the bundle that exports the package
 * @param packageName the package
 * @param delta bnd's classification of the change: MAJOR, MINOR or MICRO
 * @param changes the changed API elements, e.g. {@code added method org.x.Api.size()}
 * @param baselineVersion version exported by the baseline (released) bundle
 * @param exportedVersion version exported by the bundle just built
 * @param requiredVersion the smallest version that is compatible with the change
 */
public record Violation(String bundle, String packageName, String delta, List<String> changes,
        String baselineVersion, String exportedVersion, String requiredVersion) {

    public Violation {
        changes = List.copyOf(changes);
    }

    /** {@link #exportedVersion()} of a package the bundle no longer exports. */
    public static final String NOT_EXPORTED = "none";

    /** The message the build prints: package, change, and the version to export. */
    public String message() {
        if (NOT_EXPORTED.equals(exportedVersion)) {
            return bundle + ": package " + packageName + " (baseline " + baselineVersion + ") is no longer exported;"
                    + " that breaks every bundle importing it: keep exporting it (deprecated) until a major release"
                    + " of " + bundle + ", and record that release as the new baseline";
        }
        return bundle + ": package " + packageName + " has a " + delta + " change since the baseline ("
                + String.join("; ", changes) + ") but exports version " + exportedVersion + " (baseline "
                + baselineVersion + "); export it as version " + requiredVersion
                + " in META-INF/MANIFEST.MF (Export-Package ... version=\"" + requiredVersion + "\")";
    }
}
