package org.steward.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.steward.workspace.internal.Messages;

/** Every user-visible text exists in English and Chinese, with the same placeholders. */
class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndPlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        for (String k : en.stringPropertyNames()) {
            for (int i = 0; i < 4; i++) {
                String ph = "{" + i + "}";
                assertEquals(en.getProperty(k).contains(ph), zh.getProperty(k).contains(ph), k + " " + ph);
            }
        }
    }

    @Test
    void chineseIsChosenForZhAndEnglishOtherwiseWhateverTheDefaultLocale() {
        String zh = Messages.get(Locale.CHINA, "key.permissions", "/k", "rw-r--r--");
        String en = Messages.get(Locale.ENGLISH, "key.permissions", "/k", "rw-r--r--");
        String fr = Messages.get(Locale.FRENCH, "key.permissions", "/k", "rw-r--r--");
        assertTrue(zh.contains("密钥文件") && zh.contains("chmod 600 /k"), zh);
        assertTrue(en.startsWith("the key file /k") && en.contains("chmod 600 /k"), en);
        assertEquals(en, fr);
        assertNotEquals(en, zh);
    }
}
