package org.steward.tracing.network;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the reader and checks, in messages.properties (English) and messages_zh.properties (Chinese), chosen
 * by the default locale; patterns use {@link String#format} placeholders.
 */
final class Texts {
    private static final String BUNDLE = "org.steward.tracing.network.messages";

    private Texts() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return String.format(Locale.ROOT, pattern, args);
    }
}
