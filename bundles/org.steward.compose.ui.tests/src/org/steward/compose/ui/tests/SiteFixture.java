package org.steward.compose.ui.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Builds, in a temporary folder, what the wizard composes from: a Steward home (compose.sh, a node launcher) with a
 * small p2 update site whose feature and plug-in jars are written here, in the layout Tycho gives a built site
 * ({@code features/<id>_<version>.jar} with feature.xml and feature.properties, {@code plugins/<id>_<version>.jar}
 * with {@code OSGI-INF/*.xml} DS descriptors and plugin.xml). The tests compare what the reader finds with the
 * constants written here, never with the reader's own output.
 */
final class SiteFixture {
    static final String SITE = "releng/org.steward.workbench.product/target/repository";

    // the platform feature brings the Steward perspective
    static final String PLATFORM = "org.steward.platform.feature";
    static final String STEWARD_PERSPECTIVE = "org.steward.workbench.perspective";
    static final String STEWARD_PERSPECTIVE_NAME = "Steward";
    // alpha: two versions in the site; 1.10.0 (numerically newer than 1.9.0) brings a second model
    static final String ALPHA = "com.example.alpha.feature";
    static final String ALPHA_LABEL = "Alpha Analyses";
    static final String ALPHA_LABEL_ZH = "\u7532\u5206\u6790";
    static final String ALPHA_OLD = "1.9.0.v20250101";
    static final String ALPHA_NEW = "1.10.0.v20240101";
    static final List<String> ALPHA_MODELS = List.of("alpha.one", "alpha.two");
    // beta: a literal label, a model bundle and a UI bundle with a perspective
    static final String BETA = "com.example.beta.feature";
    static final String BETA_LABEL = "Beta";
    static final String BETA_VERSION = "2.0.0.v1";
    static final List<String> BETA_MODELS = List.of("beta.one");
    static final String BETA_PERSPECTIVE = "com.example.beta.perspective";
    static final String BETA_PERSPECTIVE_NAME = "Beta Tracing";

    final Path home;
    final Path site;

    private SiteFixture(Path home) {
        this.home = home;
        this.site = home.resolve(SITE);
    }

    /** A complete home: compose.sh, the built site and the built node. */
    static SiteFixture create(Path folder) throws IOException {
        SiteFixture f = new SiteFixture(folder);
        f.script("#!/usr/bin/env bash\necho 'compose: a test stand-in'\n");
        f.writeSite();
        f.node();
        return f;
    }

    /** Replaces compose.sh with {@code body}. */
    SiteFixture script(String body) throws IOException {
        Path script = home.resolve("releng/compose/compose.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, body, StandardCharsets.UTF_8);
        script.toFile().setExecutable(true);
        return this;
    }

    void node() throws IOException {
        Path node = home.resolve("releng/org.steward.node.dist/target/steward-node/bin/steward-node");
        Files.createDirectories(node.getParent());
        Files.writeString(node, "#!/bin/sh\n");
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void writeSite() throws IOException {
        Files.createDirectories(site);
        Files.writeString(site.resolve("content.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<repository/>\n");
        feature(PLATFORM, "0.1.0.v1", "%featureName", Map.of("feature.properties", "featureName=Steward Platform\n"),
                Map.of("org.steward.workbench", "0.1.0.v1"));
        plugin("org.steward.workbench", "0.1.0.v1", List.of(), perspectiveXml(STEWARD_PERSPECTIVE, "%perspective.name"),
                Map.of("plugin.properties", "perspective.name=" + STEWARD_PERSPECTIVE_NAME + "\n"));

        feature(ALPHA, ALPHA_OLD, "%featureName", Map.of("feature.properties", "featureName=Old Alpha\n"),
                Map.of("com.example.alpha", "1.9.0.v20250101"));
        plugin("com.example.alpha", "1.9.0.v20250101", List.of("alpha.one"), null, Map.of());
        Map<String, String> props = new LinkedHashMap<>();
        props.put("feature.properties", "featureName=" + ALPHA_LABEL + "\n");
        props.put("feature_zh.properties", "featureName=" + escape(ALPHA_LABEL_ZH) + "\n");
        feature(ALPHA, ALPHA_NEW, "%featureName", props, Map.of("com.example.alpha", "1.10.0.v20240101"));
        plugin("com.example.alpha", "1.10.0.v20240101", ALPHA_MODELS, null, Map.of());

        Map<String, String> betaPlugins = new LinkedHashMap<>();
        betaPlugins.put("com.example.beta", BETA_VERSION);
        betaPlugins.put("com.example.beta.ui", BETA_VERSION);
        betaPlugins.put("com.example.beta.native.win32", "0.0.0"); // not in the site (another platform)
        feature(BETA, BETA_VERSION, BETA_LABEL, Map.of(), betaPlugins);
        plugin("com.example.beta", BETA_VERSION, BETA_MODELS, null, Map.of());
        plugin("com.example.beta.ui", BETA_VERSION, List.of(), perspectiveXml(BETA_PERSPECTIVE, "%p"),
                Map.of("plugin.properties", "p=" + BETA_PERSPECTIVE_NAME + "\n"));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    void feature(String id, String version, String label, Map<String, String> files, Map<String, String> plugins)
            throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"" + id
                + "\" label=\"" + label + "\" version=\"" + version + "\" provider-name=\"Test\">\n");
        plugins.forEach((p, v) -> xml.append("   <plugin id=\"").append(p).append("\"\n         version=\"").append(v)
                .append("\"/>\n"));
        xml.append("</feature>\n");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("feature.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
        files.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.ISO_8859_1)));
        jar(site.resolve("features/" + id + "_" + version + ".jar"), entries);
    }

    /** A plug-in jar with one DS component per model (as tycho-ds-plugin writes them) and an optional plugin.xml. */
    void plugin(String id, String version, List<String> models, String pluginXml, Map<String, String> files)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\nBundle-SymbolicName: " + id + "\nBundle-Version: "
                + version + "\n").getBytes(StandardCharsets.UTF_8));
        for (String model : models) {
            entries.put("OSGI-INF/" + id + "." + model + ".xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.4.0\" name=\"" + id + "." + model + "\">\n"
                    + "  <property name=\"steward.model.category\" type=\"String\" value=\"Tests\"/>\n"
                    + "  <property name=\"steward.model.id\" type=\"String\" value=\"" + model + "\"/>\n"
                    + "  <service><provide interface=\"org.steward.core.model.AnalysisModel\"/></service>\n"
                    + "  <implementation class=\"" + id + ".Model\"/>\n</scr:component>\n").getBytes(StandardCharsets.UTF_8));
        }
        // a component that is no model
        entries.put("OSGI-INF/" + id + ".Other.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.4.0\" name=\"" + id + ".Other\">\n"
                + "  <property name=\"service.ranking\" type=\"Integer\" value=\"5\"/>\n"
                + "  <implementation class=\"" + id + ".Other\"/>\n</scr:component>\n").getBytes(StandardCharsets.UTF_8));
        if (pluginXml != null) {
            entries.put("plugin.xml", pluginXml.getBytes(StandardCharsets.UTF_8));
        }
        files.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.ISO_8859_1)));
        jar(site.resolve("plugins/" + id + "_" + version + ".jar"), entries);
    }

    static String perspectiveXml(String id, String name) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n"
                + "   <extension point=\"org.eclipse.ui.views\"><view id=\"not.a.perspective\" name=\"View\"/></extension>\n"
                + "   <extension point=\"org.eclipse.ui.perspectives\">\n      <perspective id=\"" + id + "\" name=\"" + name
                + "\" class=\"x.Perspective\"/>\n   </extension>\n</plugin>\n";
    }

    static void jar(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** A picture written by the JDK's own encoders (javax.imageio), in {@code format} ("png", "bmp"). */
    static Path picture(Path file, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0x1f6f8b : 0x99c24d);
            }
        }
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer in this JDK");
        }
        return file;
    }
}
