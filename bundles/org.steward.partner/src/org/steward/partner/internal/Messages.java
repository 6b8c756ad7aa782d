package org.steward.partner.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the partner models, in English ({@code messages.properties}) and Chinese
 * ({@code messages_zh.properties}), chosen by the default locale. Placeholders are {@code {0}}, {@code {1}}…
 * and are replaced literally (no {@link java.text.MessageFormat} quoting rules, so apostrophes are safe).
 */
public final class Messages {
    private static final String BUNDLE = "org.steward.partner.internal.messages";

    private Messages() {
    }

    /** The text for {@code key} in the default locale with its placeholders filled. */
    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    /** The text for {@code key} in {@code locale} with its placeholders filled. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            // no fallback to the default locale: a text asked for in English stays English on a Chinese machine
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        StringBuilder out = new StringBuilder(pattern);
        for (int i = args.length - 1; i >= 0; i--) {
            String token = "{" + i + "}";
            String value = text(args[i]);
            int at;
            while ((at = out.indexOf(token)) >= 0) {
                out.replace(at, at + token.length(), value);
            }
        }
        return out.toString();
    }

    /** Numbers as people write them: integers without ".0", others to at most 6 significant digits. */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.6g", d);
        if (s.contains("e") || s.contains("E")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    private static String text(Object o) {
        if (o instanceof Double || o instanceof Float) {
            return number(((Number) o).doubleValue());
        }
        return String.valueOf(o);
    }
}
