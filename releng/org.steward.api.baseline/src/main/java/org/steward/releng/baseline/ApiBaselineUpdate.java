package org.steward.releng.baseline;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records a release as the new API baseline:
 * {@code ApiBaselineUpdate <baseline dir> <bundles dir> <release version> <bsn>...}.
 * Replaces {@code <baseline dir>/<bsn>-*.jar} by {@code <bsn>-<release>.jar}, a copy of the built bundle reduced to
 * its manifest and the classes of its API packages (exported, not {@code x-internal}) — all the baseliner reads.
 */
public final class ApiBaselineUpdate {

    private ApiBaselineUpdate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException(
                    "usage: ApiBaselineUpdate <baseline dir> <bundles dir> <release version> <bsn>...");
        }
        Path baselineDir = Files.createDirectories(Path.of(args[0]));
        Path bundlesDir = Path.of(args[1]);
        for (int i = 3; i < args.length; i++) {
            String bsn = args[i];
            Path built = ApiBaselineCheck.builtJar(bundlesDir, bsn);
            if (built == null) {
                throw new IOException("no built jar for " + bsn + " in " + bundlesDir.resolve(bsn).resolve("target")
                        + "; build it first (./mvnw -o package -DskipTests -pl bundles/" + bsn + " -am)");
            }
            try (Stream<Path> old = Files.list(baselineDir)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith(bsn + "-")).toList()) {
                    Files.delete(p);
                }
            }
            Path out = baselineDir.resolve(bsn + "-" + args[2] + ".jar");
            write(built, out);
            System.out.println("API baseline " + bsn + " " + args[2] + ": " + out);
        }
    }

    static void write(Path built, Path out) throws Exception {
        try (Jar jar = new Jar(built.toFile())) {
            List<String> api = new ArrayList<>();
            new Parameters(jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE))
                    .forEach((pkg, attrs) -> {
                        if (!"true".equals(attrs.get("x-internal:"))) {
                            api.add(pkg.replace('.', '/') + "/");
                        }
                    });
            for (String path : List.copyOf(jar.getResources().keySet())) {
                boolean keep = path.equals("META-INF/MANIFEST.MF") || api.stream().anyMatch(dir ->
                        path.startsWith(dir) && path.indexOf('/', dir.length()) < 0 && path.endsWith(".class"));
                if (!keep) {
                    jar.remove(path);
                }
            }
            jar.write(out.toFile());
        }
    }
}
