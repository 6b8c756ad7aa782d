package org.steward.tracing.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible strings of the tracing models, in messages.properties (English) and messages_zh.properties. */
final class Messages {
    private static final String BUNDLE = "org.steward.tracing.internal.messages";

    private Messages() {
    }

    static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
