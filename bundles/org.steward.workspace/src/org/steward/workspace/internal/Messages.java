package org.steward.workspace.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible texts of the workspace bundle (messages.properties, messages_zh.properties), in the default locale. */
public final class Messages {
    private static final String BUNDLE = "org.steward.workspace.internal.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /** The text in {@code locale} (Chinese for zh, else English), never falling back to the JVM's default locale. */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(stringify(args));
    }

    private static Object[] stringify(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return out;
    }
}
