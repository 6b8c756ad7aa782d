package org.steward.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every user-visible string exists in English and in Chinese. */
class MessagesTest {

    @Test
    void commandLineMessagesHaveTheSameKeysInBothLanguages() throws IOException {
        assertSameKeys("/org/steward/node/internal/messages");
    }

    @Test
    void launcherMessagesHaveTheSameKeysInBothLanguages() throws IOException {
        assertSameKeys("/org/steward/node/launch/messages");
    }

    private static void assertSameKeys(String base) throws IOException {
        assertEquals(new TreeSet<>(load(base + ".properties").stringPropertyNames()),
                new TreeSet<>(load(base + "_zh.properties").stringPropertyNames()), base);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
