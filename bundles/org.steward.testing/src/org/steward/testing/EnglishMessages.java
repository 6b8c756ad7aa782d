package org.steward.testing;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with the default locale set to English and puts the previous one back afterwards, for tests that
 * check message texts (the Chinese texts are checked by each bundle's message-parity test).
 * Use with {@code @ExtendWith(EnglishMessages.class)}.
 */
public final class EnglishMessages implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EnglishMessages.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("saved", Locale.getDefault());
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get("saved", Locale.class));
    }
}
