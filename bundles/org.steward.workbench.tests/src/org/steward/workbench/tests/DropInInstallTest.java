package org.steward.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.core.runtime.ModelCatalog;
import org.steward.trust.TrustGate;
import org.steward.trust.TrustPolicy;
import org.steward.trust.TrustedKeys;
import org.steward.workbench.internal.contributions.WorkbenchContributions;
import org.steward.workbench.internal.install.BundleInstaller;
import org.steward.workbench.internal.install.InstallException;
import org.steward.workbench.internal.install.InstallOutcome;
import org.steward.workbench.testing.Ui;

/**
 * Drop-in bundles in the running workbench (issue 8, item 3): a bundle's DS models and extension contributions
 * appear without a restart and go again on removal; a bundle that does not resolve or is refused by the trust
 * policy is reported and leaves nothing behind.
 */
class DropInInstallTest {

    @TempDir
    Path dir;

    private BundleInstaller installer;

    @AfterEach
    void removeWhatWasInstalled() throws Exception {
        if (installer != null) {
            for (Bundle b : installer.installed()) {
                installer.uninstall(b);
            }
        }
    }

    @Test
    void aBundleWithModelsIsLiveAtOnceAndGoneAfterRemoval() throws Exception {
        installer = installer(TrustPolicy.WARN_UNSIGNED);
        ModelCatalog catalog = service(ModelCatalog.class);
        assertTrue(catalog.descriptor("samples.faulty.fails").isEmpty(), "the fixture is not part of the product");

        InstallOutcome outcome = installer.install(faultyFixture());
        assertEquals("org.steward.samples.faulty", outcome.symbolicName());
        assertTrue(outcome.models().contains("samples.faulty.fails"), outcome.toString());
        assertTrue(outcome.trustNote().contains("unsigned"), "the policy warns on unsigned bundles: " + outcome);
        assertTrue(outcome.restartReason().isEmpty());
        Ui.await("the catalog lists the new model", Duration.ofSeconds(10),
                () -> catalog.descriptor("samples.faulty.fails").map(d -> d));

        Bundle installed = installer.installed().get(0);
        installer.uninstall(installed);
        Ui.await("the model is gone", Duration.ofSeconds(10),
                () -> catalog.descriptor("samples.faulty.fails").isEmpty() ? Optional.of(true) : Optional.empty());
        assertTrue(installer.installed().isEmpty());
    }

    @Test
    void anExtensionContributionAppearsWithoutARestart() throws Exception {
        installer = installer(TrustPolicy.WARN_UNSIGNED);
        WorkbenchContributions contributions = Ui.sync(() -> PlatformUI.getWorkbench().getService(IEclipseContext.class)
                .get(WorkbenchContributions.class));
        assertTrue(contributions.modelUiFor("dropin.model").isEmpty());
        Path jar = bundleJar("com.example.dropin", "", """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="org.steward.workbench.modelUi">
                      <modelUi id="com.example.dropin.ui" modelId="dropin.model" name="Drop-in UI"
                            class="com.example.dropin.NotThere"/>
                   </extension>
                </plugin>
                """);
        InstallOutcome outcome = installer.install(jar);
        assertEquals(List.of("org.steward.workbench.modelUi (1)"), outcome.extensions());
        Ui.await("the workbench sees the contribution", Duration.ofSeconds(10),
                () -> contributions.modelUiFor("dropin.model").map(d -> d));
        installer.uninstall(installer.installed().get(0));
        Ui.await("the contribution is gone", Duration.ofSeconds(10),
                () -> contributions.modelUiFor("dropin.model").isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void aBundleThatDoesNotResolveIsReportedWithTheMissingPackageAndRemoved() throws Exception {
        installer = installer(TrustPolicy.WARN_UNSIGNED);
        int before = context().getBundles().length;
        Path jar = bundleJar("com.example.unresolvable", "com.nowhere.missing;version=\"[1.0,2)\"", null);
        InstallException e = assertThrows(InstallException.class, () -> installer.install(jar));
        assertTrue(e.getMessage().contains("com.nowhere.missing"), e.getMessage());
        assertEquals(before, context().getBundles().length, "nothing is left installed");
        assertTrue(installer.installed().isEmpty());
    }

    @Test
    void underTrustedOnlyAnUnsignedBundleIsRefusedAndNothingIsInstalled() throws Exception {
        installer = installer(TrustPolicy.TRUSTED_ONLY);
        int before = context().getBundles().length;
        InstallException e = assertThrows(InstallException.class, () -> installer.install(faultyFixture()));
        assertTrue(e.getMessage().contains("unsigned"), e.getMessage());
        assertEquals(before, context().getBundles().length);
    }

    @Test
    void aProductBundleCannotBeReplacedByADropIn() throws Exception {
        installer = installer(TrustPolicy.ACCEPT_ALL);
        Path jar = bundleJar("org.steward.core", "", null);
        InstallException e = assertThrows(InstallException.class, () -> installer.install(jar));
        assertTrue(e.getMessage().contains("part of this workbench"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("dropins/org.steward.core.jar")));
    }

    private BundleInstaller installer(TrustPolicy policy) {
        return new BundleInstaller(context(), dir.resolve("dropins"), new TrustGate(policy, TrustedKeys.none()));
    }

    private static Path faultyFixture() {
        Path jar = Path.of(System.getProperty("steward.fixture.faulty", "missing"));
        assertTrue(Files.isRegularFile(jar), "the fixture jar is built before this test bundle: " + jar);
        return jar;
    }

    /** A bundle made here: a manifest (optionally importing a package) and an optional plugin.xml. */
    private Path bundleJar(String name, String imports, String pluginXml) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name + (pluginXml == null ? "" : ";singleton:=true"));
        a.putValue("Bundle-Version", "1.0.0");
        if (!imports.isEmpty()) {
            a.putValue("Import-Package", imports);
        }
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            if (pluginXml != null) {
                out.putNextEntry(new JarEntry("plugin.xml"));
                out.write(pluginXml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static org.osgi.framework.BundleContext context() {
        return FrameworkUtil.getBundle(DropInInstallTest.class).getBundleContext();
    }

    private static <T> T service(Class<T> type) {
        var ref = context().getServiceReference(type);
        assertTrue(ref != null, type.getName() + " is registered");
        return context().getService(ref);
    }
}
