package org.steward.node.launch;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The node's configuration folder ({@code conf/}, property {@value NodeConfig#CONF_DIR}): every {@code <pid>.cfg}
 * file in it (Java properties, as File Install reads them) becomes the ConfigAdmin configuration {@code <pid>}, for
 * one-shot commands and {@code serve} alike, before any Steward bundle starts. So {@code conf/org.steward.store.cfg}
 * chooses the node's database everywhere.
 *
 * <p>The launcher sees only {@code java.*} and {@code org.osgi.framework.*}, so ConfigurationAdmin is called through
 * its interface class loaded from the ConfigAdmin bundle.
 */
final class ConfigFiles {
    static final String CONFIG_ADMIN = "org.osgi.service.cm.ConfigurationAdmin";
    private static final String CONFIGURATION = "org.osgi.service.cm.Configuration";
    /** A key that looks like a secret is refused: secrets come from the environment, never from a file. */
    private static final List<String> SECRET_KEYS = List.of("password", "secret", "token");

    private ConfigFiles() {
    }

    /** A configuration to apply: its PID, the file it came from and its properties. */
    record Entry(String pid, Path file, TreeMap<String, String> properties) {
    }

    /** Reads every {@code *.cfg} file of {@code dir} (none if the folder does not exist), sorted by name. */
    static List<Entry> read(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "*.cfg")) {
            list.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            String pid = name.substring(0, name.length() - ".cfg".length());
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            TreeMap<String, String> props = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                String lower = key.toLowerCase(Locale.ROOT);
                if (SECRET_KEYS.stream().anyMatch(lower::endsWith)) {
                    throw new IOException(LaunchMessages.get("config.secret", file, key));
                }
                props.put(key, p.getProperty(key).trim());
            }
            entries.add(new Entry(pid, file, props));
        }
        return entries;
    }

    /**
     * Puts the entries into ConfigAdmin (location "?" so that any bundle may use them).
     *
     * @return false when no ConfigurationAdmin service is registered yet
     */
    static boolean apply(BundleContext context, List<Entry> entries) throws IOException {
        ServiceReference<?> ref = context.getServiceReference(CONFIG_ADMIN);
        if (ref == null) {
            return false;
        }
        Object admin = context.getService(ref);
        try {
            Class<?> adminType = ref.getBundle().loadClass(CONFIG_ADMIN);
            Method getConfiguration = adminType.getMethod("getConfiguration", String.class, String.class);
            Method update = ref.getBundle().loadClass(CONFIGURATION).getMethod("update", Dictionary.class);
            for (Entry e : entries) {
                Object configuration = getConfiguration.invoke(admin, e.pid(), "?");
                Dictionary<String, Object> dict = new Hashtable<>(e.properties());
                dict.put("steward.node.config.file", e.file().toString());
                update.invoke(configuration, dict);
            }
            return true;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IOException(e.toString(), e);
        } catch (InvocationTargetException e) {
            throw new IOException(e.getCause().toString(), e.getCause());
        } finally {
            context.ungetService(ref);
        }
    }
}
