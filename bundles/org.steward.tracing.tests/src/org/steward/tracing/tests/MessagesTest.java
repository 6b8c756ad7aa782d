package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;

/** Every user-visible message exists in English and Chinese, and the reader speaks Chinese in a Chinese locale. */
class MessagesTest {

    private static Properties load(String path) throws Exception {
        Bundle tracing = FrameworkUtil.getBundle(SewerNetwork.class);
        URL url = tracing.getResource(path);
        if (url == null) {
            throw new AssertionError(path + " missing from " + tracing.getSymbolicName());
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyEnglishKeyHasAChineseText() throws Exception {
        for (String base : new String[] {"org/steward/tracing/network/messages", "org/steward/tracing/internal/messages"}) {
            Properties en = load(base + ".properties");
            Properties zh = load(base + "_zh.properties");
            assertTrue(en.size() > 10, base);
            assertEquals(en.keySet(), zh.keySet(), base);
            for (String key : zh.stringPropertyNames()) {
                // the same placeholders, so that String.format works in both
                assertEquals(en.getProperty(key).replaceAll("[^%]", "").length(), zh.getProperty(key).replaceAll("[^%]", "").length(), key);
                assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key);
            }
        }
    }

    @Test
    void readerReportsInChineseUnderAChineseLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINESE);
            String text = TestData.TREE.replace("DE  D  E  100", "DE  D  Q  100");
            SewerNetwork net = InpReader.parse("broken.inp", text, DirectionPolicy.DECLARED);
            int line = java.util.List.of(TestData.TREE.split("\n")).indexOf("DE  D  E  100  0.013  0  0  0  0") + 1;
            String message = net.errors().get(0).toString();
            assertTrue(message.startsWith("broken.inp:" + line + ": error: conduit“DE”引用了节点“Q”"), message);
        } finally {
            Locale.setDefault(before);
        }
    }
}
