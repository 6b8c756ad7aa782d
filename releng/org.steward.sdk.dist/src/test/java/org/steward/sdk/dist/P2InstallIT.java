package org.steward.sdk.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing a feature from a p2 update site into the RUNNING workbench and uninstalling it (issue 8, item 3), for
 * real: the partner template of the SDK gets a feature and an update site (as docs/partner-sdk.md tells partners),
 * is built outside the source tree, and a copy of the materialised product installs it through the same installer
 * the File menu uses ({@code -application org.steward.workbench.p2.install}) — the partner's model must be there in
 * the same process, without a restart, and gone after the uninstall. A trusted-only workbench refuses the unsigned
 * bundles with the reason and installs them once signed by a trusted key; a feature whose bundle cannot resolve is
 * reported and nothing else breaks.
 */
class P2InstallIT {

    private static final String FEATURE = "com.example.steward.phcheck.feature";
    private static final String BROKEN = "com.example.steward.broken.feature";
    private static final String THROWING = "com.example.steward.throwing.feature";

    @TempDir
    static Path work;

    static Path site;
    static Processes.Result build;

    @BeforeAll
    static void buildThePartnerUpdateSite() throws Exception {
        Path sdk = SdkZip.unpack(Path.of(System.getProperty("steward.sdk.zip")), work.resolve("unpacked")).resolve("steward-sdk");
        Path project = work.resolve("partner-project");
        copyTree(sdk.resolve("template"), project);
        addFeaturesAndSite(project);
        build = Processes.run(project, 600, List.of("./mvnw", "-B", "-o", "verify", "-DskipTests", "-Dsteward.sdk=" + sdk));
        site = project.resolve("sites/com.example.steward.site/target/repository");
    }

    @Test
    void aFeatureIsLiveWithoutARestartAndGoneAfterItsUninstall() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path product = product("live");
        Processes.Result run = workbench(product, "warn-unsigned", "-repository", site.toString(), "-features",
                "-mark", "before", "-models", "-mark", "install", "-accept-warnings", "-install-feature", FEATURE,
                "-mark", "installed", "-models", "-installed", "-mark", "uninstall", "-uninstall-feature", FEATURE,
                "-mark", "uninstalled", "-models", "-installed");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.stdout();
        assertTrue(out.contains("feature\t" + FEATURE + "\t1.0.0."), "the site lists the partner feature:\n" + out);
        assertTrue(out.contains("feature\t" + BROKEN + "\t"), "a category-less site lists every feature:\n" + out);
        String before = section(out, "before", "install");
        String installed = section(out, "installed", "uninstall");
        String after = section(out, "uninstalled", null);
        assertTrue(before.contains("model\tsamples.textstats\t"), before);
        assertFalse(before.contains("example.phcheck"), before);
        // the policy judged every new bundle: unsigned → a warning (accepted with -accept-warnings)
        assertTrue(out.contains("trust\tcom.example.steward.phcheck 1.0.0.") && out.contains("ACCEPT_WITH_WARNING\tunsigned"), out);
        assertTrue(out.contains("new-model\texample.phcheck"), "the model registered in the same process:\n" + out);
        assertTrue(out.contains("extension\torg.steward.workbench.modelUi (1)"), "the UI bundle's contribution:\n" + out);
        assertFalse(out.contains("restart\t"), "nothing needed a restart:\n" + out);
        assertTrue(installed.contains("model\texample.phcheck\t"), installed);
        assertTrue(installed.contains("installed\t" + FEATURE + "\t"), installed);
        assertTrue(after.contains("model\tsamples.textstats\t"), after);
        assertFalse(after.contains("example.phcheck"), "uninstalled in the same process:\n" + after);
        assertFalse(after.contains("installed\t" + FEATURE), after);
    }

    @Test
    void aTrustedOnlyWorkbenchRefusesTheUnsignedFeatureWithTheReason() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path product = product("trusted-only");
        Processes.Result run = workbench(product, "trusted-only", "-repository", site.toString(), "-install-feature", FEATURE,
                "-mark", "after", "-models", "-installed");
        assertEquals(1, run.exitCode(), run::toString);
        String out = run.stdout();
        assertTrue(out.contains("failed: refused by the trust policy: com.example.steward.phcheck 1.0.0.")
                && out.contains("unsigned, and the policy is trusted-only"), out);
        String after = section(out, "after", null);
        assertTrue(after.contains("model\tsamples.textstats\t"), after);
        assertFalse(after.contains("example.phcheck"), after);
        assertFalse(after.contains("installed\t"), "nothing was installed:\n" + after);
    }

    @Test
    void aTrustedOnlyWorkbenchInstallsTheSameFeatureSignedByATrustedKey() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path product = product("signed");
        Path trusted = Files.createDirectories(work.resolve("product-signed-trusted"));
        Path signedSite = work.resolve("signed-site");
        SignedSite.sign(site, signedSite, work.resolve("partner-keys"), trusted.resolve("example-partner.pem"));
        Processes.Result run = workbench(product, "trusted-only", "-repository", signedSite.toString(), "-install-feature",
                FEATURE, "-mark", "after", "-models");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.stdout();
        assertTrue(out.contains("trust\tcom.example.steward.phcheck 1.0.0.")
                && out.contains("ACCEPT\tsigned by a trusted key: CN=Example Partner Ltd"), out);
        assertTrue(section(out, "after", null).contains("model\texample.phcheck\t"), out);
    }

    @Test
    void aFeatureWhoseBundleCannotResolveOrThrowsIsReportedAndNothingElseBreaks() throws Exception {
        assertEquals(0, build.exitCode(), build::toString);
        Path product = product("broken");
        Processes.Result run = workbench(product, "warn-unsigned", "-repository", site.toString(), "-accept-warnings",
                "-install-feature", BROKEN, "-mark", "throwing", "-install-feature", THROWING,
                "-mark", "after", "-models", "-installed", "-install-feature", FEATURE, "-models");
        assertEquals(1, run.exitCode(), "the broken step fails the run:\n" + run);
        String out = run.stdout();
        assertTrue(out.contains("failed: ") && out.contains("com.example.steward.broken")
                && out.contains("com.example.steward.provider"), "the reason names the missing package:\n" + out);
        // a bundle whose activator throws: reported with the cause, and the feature is taken out again
        String throwing = section(out, "throwing", "after");
        assertTrue(throwing.contains("failed: com.example.steward.throwing 1.0.0.") && throwing.contains("failed to start")
                && throwing.contains("activator of the example fails on purpose")
                && throwing.contains("The feature was uninstalled again"), throwing);
        String after = section(out, "after", null);
        assertTrue(after.contains("model\tsamples.textstats\t"), after);
        assertFalse(after.contains("installed\t" + BROKEN), after);
        assertFalse(after.contains("installed\t" + THROWING), after);
        assertTrue(after.contains("model\texample.phcheck\t"), "a good feature still installs afterwards:\n" + after);
    }

    private static Processes.Result workbench(Path product, String policy, String... steps) throws Exception {
        Path settings = product.resolveSibling(product.getFileName() + "-settings.properties");
        Path keys = Files.createDirectories(product.resolveSibling(product.getFileName() + "-trusted"));
        Files.writeString(settings, "trust.policy=" + policy + "\ntrust.keys=" + keys + "\n");
        List<String> command = new ArrayList<>(List.of(product.resolve("steward").toString(), "-application",
                "org.steward.workbench.p2.install", "-data", product.resolveSibling(product.getFileName() + "-data").toString(),
                "-nl", "en"));
        command.addAll(List.of(steps));
        return Processes.run(product, 300, command, Map.of("STEWARD_SETTINGS", settings.toString(),
                "STEWARD_VM_ARGS", "-Dsteward.settings=" + settings + " -Duser.language=en"));
    }

    /** The lines between {@code -mark from} and {@code -mark to} (or the end). */
    private static String section(String out, String from, String to) {
        int start = out.indexOf("mark\t" + from + "\n");
        assertTrue(start >= 0, "no mark " + from + " in:\n" + out);
        int end = to == null ? out.length() : out.indexOf("mark\t" + to + "\n", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    /** A fresh copy of the materialised product (it has its p2 profile in p2/): installs must not touch the build. */
    private static Path product(String name) throws IOException {
        Path copy = work.resolve("product-" + name);
        copyTree(Path.of(System.getProperty("steward.workbench.product")), copy);
        return copy;
    }

    /**
     * What a partner adds to publish an update site: a feature with the model and its UI bundle, and a site module.
     * Plus, for the failure case, a feature whose bundle imports a package only a bundle outside every feature exports.
     */
    private static void addFeaturesAndSite(Path project) throws IOException {
        write(project.resolve("features/" + FEATURE + "/feature.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s" label="pH discharge check" version="1.0.0.qualifier" provider-name="Example Partner Ltd.">
                   <description>Checks the pH of discharge readings against a permitted range.</description>
                   <plugin id="com.example.steward.phcheck" version="0.0.0"/>
                   <plugin id="com.example.steward.phcheck.ui" version="0.0.0"/>
                </feature>
                """.formatted(FEATURE));
        write(project.resolve("features/" + FEATURE + "/build.properties"), "bin.includes = feature.xml\n");
        write(project.resolve("features/" + BROKEN + "/feature.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s" label="Broken example" version="1.0.0.qualifier" provider-name="Example Partner Ltd.">
                   <plugin id="com.example.steward.broken" version="0.0.0"/>
                </feature>
                """.formatted(BROKEN));
        write(project.resolve("features/" + BROKEN + "/build.properties"), "bin.includes = feature.xml\n");
        bundle(project, "com.example.steward.provider", "Export-Package: com.example.steward.provider;version=\"1.0.0\"\n",
                "com/example/steward/provider/Provided.java", "package com.example.steward.provider;\npublic final class Provided {}\n");
        bundle(project, "com.example.steward.broken", "Import-Package: com.example.steward.provider;version=\"[1.0,2)\"\n",
                "com/example/steward/broken/Broken.java", "package com.example.steward.broken;\npublic final class Broken {"
                        + " Object p = new com.example.steward.provider.Provided(); }\n");
        write(project.resolve("features/" + THROWING + "/feature.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s" label="Throwing example" version="1.0.0.qualifier" provider-name="Example Partner Ltd.">
                   <plugin id="com.example.steward.throwing" version="0.0.0"/>
                </feature>
                """.formatted(THROWING));
        write(project.resolve("features/" + THROWING + "/build.properties"), "bin.includes = feature.xml\n");
        bundle(project, "com.example.steward.throwing", "Import-Package: org.osgi.framework;version=\"[1.8,2)\"\n"
                + "Bundle-Activator: com.example.steward.throwing.Boom\n", "com/example/steward/throwing/Boom.java",
                "package com.example.steward.throwing;\npublic final class Boom implements org.osgi.framework.BundleActivator {\n"
                        + " public void start(org.osgi.framework.BundleContext c) {"
                        + " throw new IllegalStateException(\"the activator of the example fails on purpose\"); }\n"
                        + " public void stop(org.osgi.framework.BundleContext c) { }\n}\n");
        // no categories: the installer must list the features of a category-less site too
        write(project.resolve("sites/com.example.steward.site/category.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <site>
                   <feature id="%s"/>
                   <feature id="%s"/>
                   <feature id="%s"/>
                </site>
                """.formatted(FEATURE, BROKEN, THROWING));
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("  </modules>", """
                    <module>bundles/com.example.steward.provider</module>
                    <module>bundles/com.example.steward.broken</module>
                    <module>bundles/com.example.steward.throwing</module>
                    <module>features/%s</module>
                    <module>features/%s</module>
                    <module>features/%s</module>
                    <module>sites/com.example.steward.site</module>
                  </modules>""".formatted(FEATURE, BROKEN, THROWING)));
    }

    private static void bundle(Path project, String name, String header, String source, String code) throws IOException {
        Path dir = project.resolve("bundles/" + name);
        write(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: "
                + name + "\nBundle-Version: 1.0.0.qualifier\nBundle-RequiredExecutionEnvironment: JavaSE-21\n" + header);
        write(dir.resolve("build.properties"), "source.. = src/\noutput.. = bin/\nbin.includes = META-INF/,.\n");
        write(dir.resolve("src/" + source), code);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
