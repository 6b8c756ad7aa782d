package org.steward.node.launch;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The launcher's few user-visible strings, in English and Chinese. */
final class LaunchMessages {
    private static final String BUNDLE = "org.steward.node.launch.messages";

    private LaunchMessages() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, java.util.Locale.getDefault(), LaunchMessages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
