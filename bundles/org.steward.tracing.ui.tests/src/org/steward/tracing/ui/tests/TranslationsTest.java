package org.steward.tracing.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.tracing.ui.internal.Messages;

/** Every English string has a Chinese one with the same placeholders, in the NLS messages and in plugin.properties. */
class TranslationsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @Test
    void messagesAndPluginPropertiesAreTranslated() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(Messages.class);
        compare(ui.getResource("org/steward/tracing/ui/internal/messages.properties"), ui.getResource("org/steward/tracing/ui/internal/messages_zh.properties"));
        compare(ui.getEntry("plugin.properties"), ui.getEntry("plugin_zh.properties"));
    }

    private static void compare(URL en, URL zh) throws Exception {
        assertNotNull(en, "English file missing");
        assertNotNull(zh, "Chinese file missing");
        Properties e = load(en);
        Properties z = load(zh);
        assertEquals(new TreeSet<>(e.stringPropertyNames()), new TreeSet<>(z.stringPropertyNames()), en + " vs " + zh);
        TreeMap<String, String> differences = new TreeMap<>();
        for (String key : e.stringPropertyNames()) {
            if (!placeholders(e.getProperty(key)).equals(placeholders(z.getProperty(key)))) {
                differences.put(key, e.getProperty(key) + " | " + z.getProperty(key));
            }
            assertFalse(z.getProperty(key).isBlank(), key);
        }
        assertEquals(new TreeMap<>(), differences, "placeholders differ");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(URL url) throws Exception {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }
}
