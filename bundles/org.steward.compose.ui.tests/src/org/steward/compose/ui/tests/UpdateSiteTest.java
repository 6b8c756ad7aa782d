package org.steward.compose.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.steward.compose.ui.internal.composition.Perspective;
import org.steward.compose.ui.internal.composition.SiteContents;
import org.steward.compose.ui.internal.composition.SiteFeature;
import org.steward.compose.ui.internal.composition.UpdateSite;

/** Reading the features of an update site: jars written by the test, and the DS XML of a real model bundle. */
class UpdateSiteTest {

    @Test
    void featuresComeWithLabelVersionModelsAndPerspectives(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir);
        SiteContents contents = new UpdateSite(f.site, Locale.ENGLISH).read();
        assertEquals(List.of(), contents.problems());
        assertEquals(List.of(SiteFixture.ALPHA, SiteFixture.BETA, SiteFixture.PLATFORM),
                contents.features().stream().map(SiteFeature::id).toList());

        SiteFeature alpha = contents.feature(SiteFixture.ALPHA).orElseThrow();
        // of 1.9.0 and 1.10.0 the numerically higher version wins (as p2 orders versions)
        assertEquals(SiteFixture.ALPHA_NEW, alpha.version());
        assertEquals(SiteFixture.ALPHA_LABEL, alpha.label());
        assertEquals(SiteFixture.ALPHA_MODELS, alpha.models());
        assertEquals(List.of(), alpha.perspectives());

        SiteFeature beta = contents.feature(SiteFixture.BETA).orElseThrow();
        assertEquals(SiteFixture.BETA_LABEL, beta.label());
        assertEquals(SiteFixture.BETA_VERSION, beta.version());
        assertEquals(List.of("com.example.beta", "com.example.beta.ui", "com.example.beta.native.win32"), beta.plugins());
        assertEquals(SiteFixture.BETA_MODELS, beta.models());
        assertEquals(List.of(new Perspective(SiteFixture.BETA_PERSPECTIVE, SiteFixture.BETA_PERSPECTIVE_NAME)),
                beta.perspectives());

        // the wizard offers all but the platform; perspectives: the platform's, then the chosen features'
        assertEquals(List.of(SiteFixture.ALPHA, SiteFixture.BETA),
                UpdateSite.offered(contents).stream().map(SiteFeature::id).toList());
        assertEquals(List.of(new Perspective(SiteFixture.STEWARD_PERSPECTIVE, SiteFixture.STEWARD_PERSPECTIVE_NAME)),
                UpdateSite.perspectives(contents, List.of(SiteFixture.ALPHA)));
        assertEquals(List.of(SiteFixture.STEWARD_PERSPECTIVE, SiteFixture.BETA_PERSPECTIVE),
                UpdateSite.perspectives(contents, List.of(SiteFixture.ALPHA, SiteFixture.BETA)).stream()
                        .map(Perspective::id).toList());
    }

    @Test
    void labelsFollowTheLocale(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir);
        SiteContents zh = new UpdateSite(f.site, Locale.SIMPLIFIED_CHINESE).read();
        assertEquals(SiteFixture.ALPHA_LABEL_ZH, zh.feature(SiteFixture.ALPHA).orElseThrow().label());
        // no feature_zh.properties: the default text
        assertEquals(SiteFixture.STEWARD_PERSPECTIVE_NAME,
                UpdateSite.perspectives(zh, List.of()).get(0).name());
    }

    @Test
    void aBrokenFeatureJarIsNamedAndSkipped(@TempDir Path dir) throws IOException {
        SiteFixture f = SiteFixture.create(dir);
        Path broken = f.site.resolve("features/com.example.broken.feature_1.0.0.jar");
        Files.writeString(broken, "this is no zip");
        Path noXml = f.site.resolve("features/com.example.empty.feature_1.0.0.jar");
        SiteFixture.jar(noXml, Map.of("feature.properties", new byte[0]));
        Path badXml = f.site.resolve("features/com.example.badxml.feature_1.0.0.jar");
        SiteFixture.jar(badXml, Map.of("feature.xml", "<feature id=\"x\" version=\"1\">".getBytes()));
        SiteContents contents = new UpdateSite(f.site, Locale.ENGLISH).read();
        assertEquals(3, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().get(0).startsWith("Skipped the feature " + badXml), contents.problems().toString());
        assertTrue(contents.problems().get(1).startsWith("Skipped the feature " + broken), contents.problems().toString());
        assertEquals("Skipped the feature " + noXml + ": it has no feature.xml", contents.problems().get(2));
        assertEquals(3, contents.features().size());

        SiteContents none = new UpdateSite(dir.resolve("nothing"), Locale.ENGLISH).read();
        assertEquals(List.of("The update site has no features folder " + dir.resolve("nothing/features") + "."),
                none.problems());
    }

    /**
     * The DS descriptors tycho-ds-plugin generated for a real model bundle (org.steward.samples.textstats, running
     * here), packed into a site: the reader finds the model id that bundle's service carries in the registry.
     */
    @Test
    void theModelOfARealBundleIsFoundInItsGeneratedDescriptor(@TempDir Path dir) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(UpdateSiteTest.class).getBundleContext();
        Bundle textstats = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.steward.samples.textstats")).findFirst().orElseThrow();
        textstats.start();
        TreeSet<String> registered = new TreeSet<>();
        long end = System.currentTimeMillis() + 30_000;
        while (registered.isEmpty() && System.currentTimeMillis() < end) {
            ServiceReference<?>[] refs = context.getAllServiceReferences("org.steward.core.model.AnalysisModel", null);
            for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
                if (r.getBundle().equals(textstats)) {
                    registered.add((String) r.getProperty("steward.model.id"));
                }
            }
            Thread.sleep(100);
        }
        assertEquals(1, registered.size(), "textstats registers one model service");

        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (URL url : Collections.list(textstats.findEntries("OSGI-INF", "*.xml", false))) {
            try (InputStream in = url.openStream()) {
                entries.put(url.getPath().substring(1), in.readAllBytes());
            }
        }
        assertTrue(!entries.isEmpty(), "textstats has generated DS descriptors");
        SiteFixture f = SiteFixture.create(dir);
        SiteFixture.jar(f.site.resolve("plugins/org.steward.samples.textstats_0.1.0.v1.jar"), entries);
        f.feature("org.steward.samples.feature", "0.1.0.v1", "Samples", Map.of(),
                Map.of("org.steward.samples.textstats", "0.1.0.v1"));
        SiteFeature samples = new UpdateSite(f.site, Locale.ENGLISH).read().feature("org.steward.samples.feature")
                .orElseThrow();
        assertEquals(List.copyOf(registered), samples.models());
    }
}
