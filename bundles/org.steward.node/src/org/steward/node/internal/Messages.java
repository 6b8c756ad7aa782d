package org.steward.node.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command line's user-visible strings ({@code messages.properties}, {@code messages_zh.properties}). */
final class Messages {
    private static final String BUNDLE = "org.steward.node.internal.messages";

    private Messages() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
