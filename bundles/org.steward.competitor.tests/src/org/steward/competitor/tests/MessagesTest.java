package org.steward.competitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.steward.competitor.internal.Messages;

/** Every English text has a Chinese one with the same placeholders. */
class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseCoversEveryKeyWithTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        Pattern ph = Pattern.compile("\\{\\d}");
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(ph.matcher(en.getProperty(key))), placeholders(ph.matcher(zh.getProperty(key))), key);
        }
    }

    @Test
    void localeChoosesTheLanguage() {
        assertTrue(Messages.get(Locale.CHINESE, "score.range", 7).contains("评分 7 超出范围"));
        assertTrue(Messages.get(Locale.ENGLISH, "score.range", 7).contains("score 7 is out of range"));
    }

    private static java.util.Set<String> placeholders(Matcher m) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        while (m.find()) {
            s.add(m.group());
        }
        return s;
    }
}
