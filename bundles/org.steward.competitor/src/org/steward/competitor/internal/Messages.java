package org.steward.competitor.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the competitor model, English ({@code messages.properties}) and Chinese
 * ({@code messages_zh.properties}), chosen by the locale. Placeholders {@code {0}}, {@code {1}}… are replaced literally.
 */
public final class Messages {
    private static final String BUNDLE = "org.steward.competitor.internal.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        StringBuilder out = new StringBuilder(pattern);
        for (int i = args.length - 1; i >= 0; i--) {
            String token = "{" + i + "}";
            String value = String.valueOf(args[i]);
            int at;
            while ((at = out.indexOf(token)) >= 0) {
                out.replace(at, at + token.length(), value);
            }
        }
        return out.toString();
    }

    /** Whether texts for {@code locale} are Chinese. */
    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
