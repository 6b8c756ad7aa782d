package org.steward.releng.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API baseline check on bundles compiled here: a released bundle and changed versions of it.
 * Expected versions follow the OSGi Alliance whitepaper "Semantic Versioning" (2010, sections "Versions" and
 * "Provider and consumer types") and the Javadoc of org.osgi.annotation.versioning.ProviderType/ConsumerType:
 * a method added to a provider type is a minor change (1.0.0 → 1.1.0), a method added to a consumer type or a
 * method removed from any type is a major change (1.0.0 → 2.0.0).
 */
class ApiCheckTest {

    private static final String SERVICE_1 = """
            package com.example.api;
            @org.osgi.annotation.versioning.ProviderType
            public interface Service {
                String name();
            }""";
    private static final String LISTENER_1 = """
            package com.example.api;
            @org.osgi.annotation.versioning.ConsumerType
            public interface Listener {
                void changed(String what);
            }""";
    private static final String HELPER_1 = """
            package com.example.api.internal;
            public class Helper {
                public static String help() { return "x"; }
            }""";

    @TempDir
    Path tmp;

    @Test
    void unchangedApiIsCompatible() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        Path current = bundle("same", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        assertEquals(List.of(), ApiCheck.compare(baseline, current));
    }

    @Test
    void methodAddedToProviderTypeNeedsMinorBump() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        String service2 = SERVICE_1.replace("String name();", "String name();\n    int size();");

        List<Violation> noBump = ApiCheck.compare(baseline, bundle("nobump", "1.0.0", service2, LISTENER_1, HELPER_1));
        assertEquals(1, noBump.size(), noBump.toString());
        Violation v = noBump.get(0);
        assertEquals("com.example.api", v.packageName());
        assertEquals("MINOR", v.delta());
        assertEquals("1.0.0", v.exportedVersion());
        assertEquals("1.1.0", v.requiredVersion());
        assertTrue(v.changes().contains("added method com.example.api.Service.size()"), v.changes().toString());
        assertTrue(v.message().contains("package com.example.api has a MINOR change")
                && v.message().contains("added method com.example.api.Service.size()")
                && v.message().contains("export it as version 1.1.0"), v.message());

        assertEquals(List.of(), ApiCheck.compare(baseline, bundle("minor", "1.1.0", service2, LISTENER_1, HELPER_1)));
    }

    @Test
    void methodAddedToConsumerTypeNeedsMajorBump() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        String listener2 = LISTENER_1.replace("void changed(String what);",
                "void changed(String what);\n    void closed();");

        List<Violation> minorOnly = ApiCheck.compare(baseline,
                bundle("minoronly", "1.1.0", SERVICE_1, listener2, HELPER_1));
        assertEquals(1, minorOnly.size(), minorOnly.toString());
        assertEquals("MAJOR", minorOnly.get(0).delta());
        assertEquals("2.0.0", minorOnly.get(0).requiredVersion());
        assertTrue(minorOnly.get(0).changes().contains("added method com.example.api.Listener.closed()"),
                minorOnly.get(0).changes().toString());

        assertEquals(List.of(), ApiCheck.compare(baseline, bundle("major", "2.0.0", SERVICE_1, listener2, HELPER_1)));
    }

    @Test
    void methodRemovedNeedsMajorBump() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        String service0 = SERVICE_1.replace("String name();", "");

        List<Violation> v = ApiCheck.compare(baseline, bundle("removed", "1.1.0", service0, LISTENER_1, HELPER_1));
        assertEquals(1, v.size(), v.toString());
        assertEquals("2.0.0", v.get(0).requiredVersion());
        assertTrue(v.get(0).changes().contains("removed method com.example.api.Service.name()"),
                v.get(0).changes().toString());
        assertEquals(List.of(), ApiCheck.compare(baseline, bundle("major", "2.0.0", service0, LISTENER_1, HELPER_1)));
    }

    @Test
    void apiPackageNoLongerExportedIsReported() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        List<Violation> v = ApiCheck.compare(baseline, bundle("dropped", "1.0.0", HELPER_1));
        assertEquals(1, v.size(), v.toString());
        assertEquals("com.example.api", v.get(0).packageName());
        assertEquals("MAJOR", v.get(0).delta());
        assertEquals("none", v.get(0).exportedVersion());
        assertTrue(v.get(0).message().startsWith(
                "com.example.api: package com.example.api (baseline 1.0.0) is no longer exported"), v.get(0).message());
    }

    @Test
    void internalPackagesAreNotApi() throws Exception {
        Path baseline = bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        String helperChanged = "package com.example.api.internal;\npublic class Helper {}";
        assertEquals(List.of(), ApiCheck.compare(baseline,
                bundle("internal", "1.0.0", SERVICE_1, LISTENER_1, helperChanged)));
    }

    @Test
    void commandComparesEveryBaselinedBundleWithItsBuiltJar() throws Exception {
        Path baselineDir = Files.createDirectories(tmp.resolve("api-baseline"));
        Files.copy(bundle("base", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1),
                baselineDir.resolve("com.example.api-0.1.0.jar"));
        Path bundles = tmp.resolve("bundles");
        Path target = Files.createDirectories(bundles.resolve("com.example.api").resolve("target"));

        List<String> missing = ApiBaselineCheck.run(baselineDir, bundles);
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).startsWith("com.example.api: no built jar in "), missing.get(0));

        String service2 = SERVICE_1.replace("String name();", "String name();\n    int size();");
        Files.copy(bundle("built", "1.0.0", service2, LISTENER_1, HELPER_1),
                target.resolve("com.example.api-0.2.0-SNAPSHOT.jar"));
        Files.write(target.resolve("com.example.api-0.2.0-SNAPSHOT-sources.jar"), new byte[] {1});
        List<String> failures = ApiBaselineCheck.run(baselineDir, bundles);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("com.example.api: package com.example.api has a MINOR change"),
                failures.get(0));
    }

    @Test
    void recordedBaselineKeepsOnlyTheApiAndStillMatches() throws Exception {
        Path full = bundle("full", "1.0.0", SERVICE_1, LISTENER_1, HELPER_1);
        Path recorded = tmp.resolve("com.example.api-0.1.0.jar");
        ApiBaselineUpdate.write(full, recorded);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(recorded.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).sorted().toList();
            assertEquals(List.of("com/example/api/Listener.class", "com/example/api/Service.class"), names);
            assertEquals("com.example.api", jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
        }
        assertEquals(List.of(), ApiCheck.compare(recorded, full));
        String service2 = SERVICE_1.replace("String name();", "String name();\n    int size();");
        assertEquals("1.1.0", ApiCheck.compare(recorded, bundle("nobump", "1.0.0", service2, LISTENER_1, HELPER_1))
                .get(0).requiredVersion());
    }

    /** Compiles the sources and jars them as bundle com.example.api exporting its packages (API one only if it has sources). */
    private Path bundle(String name, String apiVersion, String... sources) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new java.util.ArrayList<>(List.of("--release", "21", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String source : sources) {
            String pkg = source.substring("package ".length(), source.indexOf(';'));
            String type = source.replaceAll("(?s).*public (?:interface|class) (\\w+).*", "$1");
            Path file = Files.createDirectories(src.resolve(pkg.replace('.', '/'))).resolve(type + ".java");
            Files.writeString(file, source);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "sample sources compile");

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.api",
                "Bundle-Version", "0.1.0",
                "Export-Package", (java.util.Arrays.stream(sources).anyMatch(x -> x.startsWith("package com.example.api;"))
                        ? "com.example.api;version=\"" + apiVersion + "\"," : "")
                        + "com.example.api.internal;x-internal:=true")
                .forEach((k, v) -> main.put(new Attributes.Name(k), v));
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jos.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jos.write(Files.readAllBytes(f));
                jos.closeEntry();
            }
        }
        return jar;
    }
}
