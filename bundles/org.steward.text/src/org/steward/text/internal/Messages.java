package org.steward.text.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible strings of the text bundle, English ({@code messages.properties}) and Chinese ({@code _zh}). */
public final class Messages {
    private static final String BUNDLE = "org.steward.text.internal.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
