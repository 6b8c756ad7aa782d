package org.steward.releng.baseline;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;

/**
 * Compares the exported API packages of one bundle with its baseline (released) jar using bnd's baseliner,
 * which applies the OSGi semantic-versioning rules including {@code @ProviderType} / {@code @ConsumerType}.
 * Packages exported with {@code x-internal:=true} are not API and are skipped.
 */
public final class ApiCheck {

    private static final int MAX_CHANGES = 6;

    private ApiCheck() {
    }

    /** Violations of {@code current} against {@code baseline}; empty when every package version is high enough. */
    public static List<Violation> compare(Path baseline, Path current) throws Exception {
        try (Jar older = new Jar(baseline.toFile()); Jar newer = new Jar(current.toFile());
                Processor reporter = new Processor()) {
            String bsn = newer.getBsn();
            List<String> internal = internalPackages(older);
            internal.addAll(internalPackages(newer));
            Baseline baseliner = new Baseline(reporter, new DiffPluginImpl());
            Set<Baseline.Info> infos = baseliner.baseline(newer, older, null);
            List<Violation> violations = new ArrayList<>();
            for (Baseline.Info info : infos) {
                if (internal.contains(info.packageName)) {
                    continue;
                }
                if (info.packageDiff.getDelta() == Delta.REMOVED) {
                    // bnd reports a package that is no longer exported without a mismatch: nothing to compare
                    violations.add(new Violation(bsn, info.packageName, "MAJOR", List.of("no longer exported"),
                            String.valueOf(info.olderVersion), Violation.NOT_EXPORTED, Violation.NOT_EXPORTED));
                    continue;
                }
                if (!info.mismatch) {
                    continue;
                }
                violations.add(new Violation(bsn, info.packageName, info.packageDiff.getDelta().name(),
                        changes(info.packageDiff), String.valueOf(info.olderVersion),
                        String.valueOf(info.newerVersion), String.valueOf(info.suggestedVersion)));
            }
            return violations;
        }
    }

    private static List<String> internalPackages(Jar jar) throws Exception {
        List<String> internal = new ArrayList<>();
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            throw new IOException(jar.getSource() + " has no META-INF/MANIFEST.MF");
        }
        Parameters exports = new Parameters(manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE));
        exports.forEach((pkg, attrs) -> {
            if (isInternal(attrs)) {
                internal.add(pkg);
            }
        });
        return internal;
    }

    private static boolean isInternal(Attrs attrs) {
        return "true".equals(attrs.get("x-internal:"));
    }

    /** The leaf changes under a package diff, e.g. "added method org.x.Api.size()". */
    static List<String> changes(Diff packageDiff) {
        List<String> out = new ArrayList<>();
        collect(packageDiff, "", out);
        if (out.size() > MAX_CHANGES) {
            int more = out.size() - MAX_CHANGES;
            out = new ArrayList<>(out.subList(0, MAX_CHANGES));
            out.add("and " + more + " more");
        }
        return out;
    }

    private static void collect(Diff diff, String owner, List<String> out) {
        Delta delta = diff.getDelta();
        if (delta == Delta.UNCHANGED || delta == Delta.IGNORED) {
            return;
        }
        String kind = diff.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String name = switch (diff.getType()) {
            case CLASS, INTERFACE, ANNOTATION, ENUM, PACKAGE -> diff.getName();
            default -> owner.isEmpty() ? diff.getName() : owner + "." + diff.getName();
        };
        if (delta == Delta.ADDED || delta == Delta.REMOVED) {
            out.add(delta.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " " + name);
            return;
        }
        int before = out.size();
        String childOwner = switch (diff.getType()) {
            case CLASS, INTERFACE, ANNOTATION, ENUM -> diff.getName();
            default -> owner;
        };
        for (Diff child : diff.getChildren()) {
            collect(child, childOwner, out);
        }
        if (out.size() == before && diff.getType() != aQute.bnd.service.diff.Type.PACKAGE) {
            out.add("changed " + kind + " " + name);
        }
    }
}
