package org.steward.compose.ui.internal.composition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the features of a p2 update site from its {@code features/} and {@code plugins/} folders: each feature
 * jar's {@code feature.xml} (id, label, version, plug-ins) and {@code feature.properties}; each plug-in jar's
 * {@code OSGI-INF/*.xml} (DS components; a {@code steward.model.id} property marks an analysis model) and
 * {@code plugin.xml} (perspectives). No p2 API: the site's jars are plain zip files.
 */
public final class UpdateSite {
    /** The feature every composition has; the wizard does not offer it. */
    public static final String PLATFORM_FEATURE = "org.steward.platform.feature";
    private static final String MODEL_ID = "steward.model.id";

    private final Path repository;
    private final Locale locale;

    public UpdateSite(Path repository, Locale locale) {
        this.repository = repository;
        this.locale = locale;
    }

    /** All features of the site, sorted by id, one per id (the highest version). */
    public SiteContents read() {
        List<String> problems = new ArrayList<>();
        Map<String, SiteFeature> byId = new TreeMap<>();
        Path features = repository.resolve("features");
        if (!Files.isDirectory(features)) {
            problems.add(Texts.get("site.noFeatures", features));
            return new SiteContents(List.of(), problems);
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(features, "*.jar")) {
            list.forEach(jars::add);
        } catch (IOException e) {
            problems.add(Texts.get("site.unreadable", features, e.getMessage()));
        }
        jars.sort(Comparator.naturalOrder());
        for (Path jar : jars) {
            try {
                SiteFeature f = feature(jar, problems);
                SiteFeature known = byId.get(f.id());
                if (known == null || Versions.compare(f.version(), known.version()) > 0) {
                    byId.put(f.id(), f);
                }
            } catch (IOException | SAXException | ParserConfigurationException e) {
                problems.add(Texts.get("site.badFeature", jar, e.getMessage()));
            }
        }
        return new SiteContents(List.copyOf(byId.values()), problems);
    }

    private SiteFeature feature(Path jar, List<String> problems)
            throws IOException, SAXException, ParserConfigurationException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry xml = zip.getEntry("feature.xml");
            if (xml == null) {
                throw new IOException(Texts.get("site.noFeatureXml"));
            }
            Element root;
            try (InputStream in = zip.getInputStream(xml)) {
                root = parse(in).getDocumentElement();
            }
            String id = root.getAttribute("id");
            String version = root.getAttribute("version");
            if (id.isEmpty() || version.isEmpty()) {
                throw new IOException(Texts.get("site.noId"));
            }
            Properties texts = localized(zip, "feature");
            String label = resolve(root.getAttribute("label"), texts);
            List<String> plugins = new ArrayList<>();
            List<String> models = new ArrayList<>();
            List<Perspective> perspectives = new ArrayList<>();
            NodeList list = root.getElementsByTagName("plugin");
            for (int i = 0; i < list.getLength(); i++) {
                Element p = (Element) list.item(i);
                String pid = p.getAttribute("id");
                plugins.add(pid);
                Optional<Path> pluginJar = plugin(pid, p.getAttribute("version"));
                if (pluginJar.isEmpty()) {
                    continue; // a plug-in the site does not hold (e.g. a fragment for another platform)
                }
                try {
                    readPlugin(pluginJar.get(), models, perspectives);
                } catch (IOException | SAXException e) {
                    problems.add(Texts.get("site.badPlugin", pluginJar.get(), e.getMessage()));
                }
            }
            return new SiteFeature(id, label.isBlank() ? id : label, version, plugins, models, perspectives);
        }
    }

    /** {@code plugins/<id>_<version>.jar}; with version 0.0.0 or not found, the highest version of the id. */
    private Optional<Path> plugin(String id, String version) throws IOException {
        Path plugins = repository.resolve("plugins");
        Path exact = plugins.resolve(id + "_" + version + ".jar");
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        if (!Files.isDirectory(plugins)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(plugins, id + "_*.jar")) {
            for (Path p : list) {
                String rest = p.getFileName().toString().substring(id.length() + 1);
                if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
                    candidates.add(p);
                }
            }
        }
        return candidates.stream().max(Comparator.comparing(UpdateSite::versionOf, Versions::compare));
    }

    private static String versionOf(Path jar) {
        String name = jar.getFileName().toString();
        return name.substring(name.indexOf('_') + 1, name.length() - ".jar".length());
    }

    private void readPlugin(Path jar, List<String> models, List<Perspective> perspectives)
            throws IOException, SAXException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith("OSGI-INF/") && e.getName().endsWith(".xml")).toList();
            for (ZipEntry e : entries) {
                try (InputStream in = zip.getInputStream(e)) {
                    NodeList props = parse(in).getElementsByTagNameNS("*", "property");
                    for (int i = 0; i < props.getLength(); i++) {
                        Element p = (Element) props.item(i);
                        String value = p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim();
                        if (MODEL_ID.equals(p.getAttribute("name")) && !value.isEmpty() && !models.contains(value)) {
                            models.add(value);
                        }
                    }
                }
            }
            ZipEntry pluginXml = zip.getEntry("plugin.xml");
            if (pluginXml != null) {
                Properties texts = localized(zip, "plugin");
                Document doc;
                try (InputStream in = zip.getInputStream(pluginXml)) {
                    doc = parse(in);
                }
                NodeList extensions = doc.getElementsByTagName("extension");
                for (int i = 0; i < extensions.getLength(); i++) {
                    Element ext = (Element) extensions.item(i);
                    if (!"org.eclipse.ui.perspectives".equals(ext.getAttribute("point"))) {
                        continue;
                    }
                    NodeList ps = ext.getElementsByTagName("perspective");
                    for (int j = 0; j < ps.getLength(); j++) {
                        Element p = (Element) ps.item(j);
                        String id = p.getAttribute("id");
                        if (!id.isEmpty()) {
                            String name = resolve(p.getAttribute("name"), texts);
                            perspectives.add(new Perspective(id, name.isBlank() ? id : name));
                        }
                    }
                }
            }
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** {@code base.properties} overlaid by {@code base_<lang>.properties} and {@code base_<lang>_<country>.properties}. */
    private Properties localized(ZipFile zip, String base) throws IOException {
        Properties texts = new Properties();
        List<String> names = new ArrayList<>(List.of(base + ".properties"));
        if (!locale.getLanguage().isEmpty()) {
            names.add(base + "_" + locale.getLanguage() + ".properties");
            if (!locale.getCountry().isEmpty()) {
                names.add(base + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
            }
        }
        for (String name : names) {
            ZipEntry e = zip.getEntry(name);
            if (e != null) {
                Properties p = new Properties();
                try (InputStreamReader in = new InputStreamReader(zip.getInputStream(e), StandardCharsets.ISO_8859_1)) {
                    p.load(in);
                }
                texts.putAll(p);
            }
        }
        return texts;
    }

    private static String resolve(String value, Properties texts) {
        if (value.startsWith("%")) {
            return texts.getProperty(value.substring(1), value.substring(1));
        }
        return value;
    }

    private static Document parse(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors are thrown, not printed
        return builder.parse(in);
    }

    /** Features to offer: all but the platform feature, which every composition has. */
    public static List<SiteFeature> offered(SiteContents contents) {
        return contents.features().stream().filter(f -> !PLATFORM_FEATURE.equals(f.id())).toList();
    }

    /** Perspectives of the platform feature and of {@code chosen}, without duplicates, in that order. */
    public static List<Perspective> perspectives(SiteContents contents, List<String> chosen) {
        Map<String, Perspective> all = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(List.of(PLATFORM_FEATURE));
        ids.addAll(chosen);
        for (String id : ids) {
            contents.feature(id).ifPresent(f -> f.perspectives().forEach(p -> all.putIfAbsent(p.id(), p)));
        }
        return List.copyOf(all.values());
    }
}
