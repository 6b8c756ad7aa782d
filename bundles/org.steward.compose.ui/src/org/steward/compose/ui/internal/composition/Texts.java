package org.steward.compose.ui.internal.composition;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible sentences of the composition logic ({@code texts.properties}, {@code texts_zh.properties}), read
 * with plain {@link ResourceBundle} so that this package needs neither Eclipse nor SWT.
 */
final class Texts {
    private static final String BUNDLE = "org.steward.compose.ui.internal.composition.texts";

    private Texts() {
    }

    static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Texts.class.getClassLoader());
        return MessageFormat.format(bundle.getString(key), args);
    }
}
