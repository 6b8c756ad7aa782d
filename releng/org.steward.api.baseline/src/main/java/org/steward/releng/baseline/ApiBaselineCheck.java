package org.steward.releng.baseline;

import aQute.bnd.osgi.Jar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line of the API baseline check: {@code ApiBaselineCheck <baseline dir> <bundles dir>}.
 * Every jar in the baseline directory is compared with the jar just built for the same bundle,
 * {@code <bundles dir>/<bsn>/target/<bsn>-<version>.jar}. Prints one line per bundle; throws (the build fails)
 * with every violation when a package version is too low, or when a baselined bundle was not built.
 */
public final class ApiBaselineCheck {

    private ApiBaselineCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ApiBaselineCheck <baseline dir> <bundles dir>");
        }
        List<String> failures = run(Path.of(args[0]), Path.of(args[1]));
        if (!failures.isEmpty()) {
            throw new IllegalStateException("API baseline check failed:\n  " + String.join("\n  ", failures)
                    + "\n(see docs/build.md, \"API baseline\")");
        }
    }

    /** The failure messages (empty: compatible); prints one status line per bundle. */
    static List<String> run(Path baselineDir, Path bundlesDir) throws Exception {
        List<Path> baselines;
        try (Stream<Path> files = Files.list(baselineDir)) {
            baselines = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        if (baselines.isEmpty()) {
            throw new IOException("no baseline jars in " + baselineDir + " (see docs/build.md, \"API baseline\")");
        }
        List<String> failures = new ArrayList<>();
        for (Path baseline : baselines) {
            String bsn = bsn(baseline);
            Path current = builtJar(bundlesDir, bsn);
            if (current == null) {
                failures.add(bsn + ": no built jar in " + bundlesDir.resolve(bsn).resolve("target")
                        + " to compare with " + baseline.getFileName() + "; build the bundle in the same run");
                continue;
            }
            List<Violation> violations = ApiCheck.compare(baseline, current);
            System.out.println("API baseline " + bsn + ": " + baseline.getFileName() + " vs " + current.getFileName()
                    + (violations.isEmpty() ? ": compatible" : ": " + violations.size() + " package(s) need a new version"));
            violations.forEach(v -> failures.add(v.message()));
        }
        return failures;
    }

    private static String bsn(Path jar) throws Exception {
        try (Jar j = new Jar(jar.toFile())) {
            String bsn = j.getBsn();
            if (bsn == null) {
                throw new IOException(jar + " is not a bundle (no Bundle-SymbolicName)");
            }
            return bsn;
        }
    }

    static Path builtJar(Path bundlesDir, String bsn) throws IOException {
        Path target = bundlesDir.resolve(bsn).resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(bsn + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar");
            }).findFirst().orElse(null);
        }
    }
}
