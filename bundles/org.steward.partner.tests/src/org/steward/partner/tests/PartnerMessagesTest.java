package org.steward.partner.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.core.model.ModelException;
import org.steward.partner.ahp.PairwiseMatrixCsv;

/** Every English text has a Chinese one with the same placeholders, and the Chinese texts are used. */
class PartnerMessagesTest {
    private static final String PATH = "org/steward/partner/internal/";

    private static Properties load(String name) throws Exception {
        Bundle partner = null;
        for (Bundle b : FrameworkUtil.getBundle(PartnerMessagesTest.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.steward.partner")) {
                partner = b;
            }
        }
        assertTrue(partner != null, "org.steward.partner not installed");
        URL url = partner.getEntry(PATH + name);
        assertTrue(url != null, name + " missing from the bundle");
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void chineseHasEveryKeyWithTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
        assertTrue(en.size() > 80, "expected all texts, found " + en.size());
    }

    @Test
    void errorsAreInChineseUnderAChineseLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String message = assertThrows(ModelException.class,
                    () -> new PairwiseMatrixCsv("test", 0.02).parse(",a,b\na,1,x\nb,1,1\n")).getMessage();
            assertTrue(message.contains("行“a”、列“b”（第 2 行）"), message);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
