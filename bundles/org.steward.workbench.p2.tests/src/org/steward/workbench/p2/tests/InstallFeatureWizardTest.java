package org.steward.workbench.p2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.steward.trust.TrustGate;
import org.steward.trust.TrustPolicy;
import org.steward.trust.TrustedKeys;
import org.steward.workbench.p2.internal.FeatureInstaller;
import org.steward.workbench.p2.internal.InstallPlan;
import org.steward.workbench.p2.internal.SiteLocation;
import org.steward.workbench.p2.internal.ui.InstallFeatureWizard;
import org.steward.workbench.testing.Ui;

/**
 * File › Install Feature from Update Site… in the running workbench: a real p2 update site published in the test
 * (p2 publisher, no categories) is read by the wizard, its features listed, and the plan the p2 planner computes
 * against a real profile is shown with the trust decision for every new bundle. The profile is a throw-away one of
 * a private p2 agent: the test runtime is not a p2-installed product (releng's P2InstallIT installs into one).
 */
class InstallFeatureWizardTest {

    private static final String HELLO = "com.example.uitest.hello";
    private static final String NEEDY = "com.example.uitest.needy";

    @TempDir
    Path dir;

    private IProvisioningAgent agent;
    private WizardDialog dialog;

    @BeforeEach
    void agentWithAnEmptyProfile() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(InstallFeatureWizardTest.class).getBundleContext();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if ((name.startsWith("org.eclipse.equinox.p2.") || name.startsWith("org.eclipse.ecf")) && b.getState() != Bundle.ACTIVE
                    && b.getHeaders().get("Fragment-Host") == null) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (org.osgi.framework.BundleException | RuntimeException e) {
                    // a p2 bundle the tests do not need (e.g. natives touchpoint); the agent works without it
                }
            }
        }
        var ref = context.getServiceReference(IProvisioningAgentProvider.class);
        agent = context.getService(ref).createAgent(dir.resolve("p2").toUri());
        agent.getService(IProfileRegistry.class).addProfile("WizardTest", Map.of(IProfile.PROP_INSTALL_FOLDER,
                dir.resolve("install").toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            Ui.sync(() -> dialog.close());
        }
        if (agent != null) {
            agent.stop();
        }
    }

    @Test
    void theWizardListsTheSitesFeaturesAndShowsThePlanWithTheTrustDecision() throws Exception {
        Path site = publishSite();
        FeatureInstaller installer = new FeatureInstaller(agent, "WizardTest",
                new TrustGate(TrustPolicy.WARN_UNSIGNED, TrustedKeys.none()),
                FrameworkUtil.getBundle(InstallFeatureWizardTest.class).getBundleContext());
        InstallFeatureWizard wizard = new InstallFeatureWizard(installer, "warn-unsigned", Ui.shell());
        Ui.sync(() -> {
            dialog = new WizardDialog(Ui.shell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.setPageSize(760, 380);
            return dialog.open();
        });
        Ui.sync(() -> {
            wizard.sitePage().load(site.toString());
            return null;
        });
        Table table = Ui.sync(() -> Ui.find(dialog.getShell(), Table.class, c -> "p2.site.features".equals(c.getData("steward.widget")))
                .orElseThrow());
        List<String> rows = Ui.sync(() -> java.util.Arrays.stream(table.getItems())
                .map(i -> i.getText(0) + "|" + i.getText(1) + "|" + i.getText(2) + "|" + i.getText(3)).toList());
        // the site has no categories; both features are listed, by name, with id, version and provider as published
        assertEquals(List.of("Hello example|com.example.uitest.hello.feature|1.0.0|Example Partner Ltd.",
                "Needs a missing package|com.example.uitest.needy.feature|1.0.0|Example Partner Ltd."), rows);
        Ui.screenshot("install-feature-site", () -> dialog.getShell());

        Ui.sync(() -> {
            wizard.sitePage().check(List.of(HELLO + ".feature"));
            dialog.showPage(wizard.getNextPage(wizard.sitePage()));
            return null;
        });
        Ui.settle();
        String plan = Ui.sync(() -> wizard.planPage().shownText());
        Ui.screenshot("install-feature-plan", () -> dialog.getShell());
        assertTrue(plan.contains(HELLO + ".feature.feature.group 1.0.0") && plan.contains(HELLO + " 1.0.0"),
                "the plan names the feature and the bundle it pulls in:\n" + plan);
        assertTrue(plan.contains(HELLO + " 1.0.0: unsigned: its origin cannot be checked"),
                "the trust decision for the unsigned bundle, with its reason:\n" + plan);
        assertFalse(Ui.sync(() -> wizard.canFinish()), "a warned-about bundle needs the user's consent first");
    }

    @Test
    void aFeatureWhoseBundleNeedsAMissingPackageGetsAPlanThatNamesIt() throws Exception {
        Path site = publishSite();
        FeatureInstaller installer = new FeatureInstaller(agent, "WizardTest",
                new TrustGate(TrustPolicy.TRUSTED_ONLY, TrustedKeys.none()),
                FrameworkUtil.getBundle(InstallFeatureWizardTest.class).getBundleContext());
        URI uri = SiteLocation.parse(site.toString());
        InstallPlan needy = installer.planInstall(uri, List.of(NEEDY + ".feature"), null);
        assertFalse(needy.possible());
        assertTrue(needy.problem().contains("org.example.nowhere"), needy.problem());

        InstallPlan hello = installer.planInstall(uri, List.of(HELLO + ".feature"), null);
        assertTrue(hello.possible(), hello.problem());
        assertEquals(1, hello.refused().size(), "trusted-only refuses the unsigned bundle: " + hello.trust());
        assertTrue(hello.refused().get(0).decision().reason().startsWith("unsigned, and the policy is trusted-only"));
        var failure = org.junit.jupiter.api.Assertions.assertThrows(
                org.steward.workbench.internal.install.InstallException.class, () -> installer.apply(hello, true, null));
        assertTrue(failure.getMessage().contains("refused by the trust policy: " + HELLO), failure.getMessage());
        assertTrue(agent.getService(IProfileRegistry.class).getProfile("WizardTest")
                .query(org.eclipse.equinox.p2.query.QueryUtil.createIUAnyQuery(), null).isEmpty(), "nothing was installed");
    }

    @Test
    void aLocationThatIsNoUpdateSiteIsExplained() throws Exception {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.steward.workbench.internal.install.InstallException.class,
                () -> SiteLocation.parse(dir.toString()));
        assertTrue(e.getMessage().contains("is not a p2 update site") && e.getMessage().contains("content.jar"), e.getMessage());
        assertEquals("jar", SiteLocation.parse(Files.createFile(dir.resolve("site.zip")).toString()).getScheme());
    }

    @Test
    void theFileMenuCommandsAreDefinedWithTheirHandlers() {
        var commands = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        for (String id : List.of("org.steward.workbench.p2.installFeature", "org.steward.workbench.p2.installedFeatures")) {
            var command = commands.getCommand(id);
            assertTrue(command.isDefined(), id);
            assertTrue(Ui.sync(command::isHandled), id + " has a handler");
        }
    }

    /** A category-less update site with two features: one with a self-contained bundle, one needing a missing package. */
    private Path publishSite() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("in/plugins"));
        jar(bundles.resolve(HELLO + "_1.0.0.jar"), HELLO, "");
        jar(bundles.resolve(NEEDY + "_1.0.0.jar"), NEEDY, "org.example.nowhere;version=\"[1.0,2)\"");
        Path hello = feature(HELLO + ".feature", "Hello example", HELLO);
        Path needy = feature(NEEDY + ".feature", "Needs a missing package", NEEDY);
        Path site = dir.resolve("site");
        URI uri = site.toUri();
        PublisherInfo info = new PublisherInfo();
        info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
        info.setMetadataRepository(Publisher.createMetadataRepository(agent, uri, "Wizard test site", false, true));
        info.setArtifactRepository(Publisher.createArtifactRepository(agent, uri, "Wizard test site", false));
        IPublisherAction[] actions = {new FeaturesAction(new File[] {hello.toFile(), needy.toFile()}),
                new BundlesAction(new File[] {bundles.resolve(HELLO + "_1.0.0.jar").toFile(),
                        bundles.resolve(NEEDY + "_1.0.0.jar").toFile()})};
        var status = new Publisher(info).publish(actions, null);
        assertTrue(status.isOK(), status.toString());
        return site;
    }

    private Path feature(String id, String label, String plugin) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in/features/" + id + "_1.0.0"));
        Files.writeString(folder.resolve("feature.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s" label="%s" version="1.0.0" provider-name="Example Partner Ltd.">
                   <plugin id="%s" version="1.0.0" unpack="false"/>
                </feature>
                """.formatted(id, label, plugin), StandardCharsets.UTF_8);
        return folder;
    }

    private static void jar(Path file, String name, String imports) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", name);
        a.putValue("Bundle-Version", "1.0.0");
        if (!imports.isEmpty()) {
            a.putValue("Import-Package", imports);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write(("bundle " + name).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
