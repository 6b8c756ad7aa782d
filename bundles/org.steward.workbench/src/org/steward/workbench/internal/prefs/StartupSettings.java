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

    public static String defaultWorkspace() {
        return Path.of(System.getProperty("user.home"), "steward-workspace").toString();
    }
}
