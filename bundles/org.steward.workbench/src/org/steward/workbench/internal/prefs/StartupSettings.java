package org.steward.workbench.internal.prefs;

import java.nio.file.Path;

/**
 * Settings read by the launch script before the workbench starts, so they cannot live in the workspace: the
 * workspace folder and the language. Stored as a Java properties file,
 * {@code $HOME/.steward/workbench.properties} (the system property {@value #FILE_PROPERTY} overrides the path).
 * The launch script turns them into {@code -data} and {@code -nl}; changes take effect on the next start.
 */
public final class StartupSettings {

    public static final String FILE_PROPERTY = "steward.settings";
    public static final String WORKSPACE = "workspace";
    public static final String LANGUAGE = "language";
    /** Trust policy of the bundle installer: accept-all, warn-unsigned (default) or trusted-only. */
    public static final String TRUST_POLICY = "trust.policy";
    /** Folder of trusted signer certificates for the bundle installer. */
    public static final String TRUST_KEYS = "trust.keys";
    /** Language values: follow the system, English, Simplified Chinese. */
    public static final String LANGUAGE_SYSTEM = "";
    public static final String LANGUAGE_ENGLISH = "en";
    public static final String LANGUAGE_CHINESE = "zh";

    private StartupSettings() {
    }

    public static Path file() {
        String override = System.getProperty(FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".steward", "workbench.properties");
    }

    /** The saved value of {@code key}, or {@code fallback} when the file or the key is missing. */
    public static String get(String key, String fallback) {
        java.util.Properties p = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(file())) {
            p.load(in);
        } catch (java.io.IOException e) {
            return fallback;
        }
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String defaultTrustedKeys() {
        return Path.of(System.getProperty("user.home"), ".steward", "trusted").toString();
    }

    public static String defaultWorkspace() {
        return Path.of(System.getProperty("user.home"), "steward-workspace").toString();
    }
}
