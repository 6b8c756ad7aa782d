package org.steward.competitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.steward.competitor.ui.internal.Messages;

/** Every English text of the competitor UI has a Chinese one, and the other way round. */
class MessagesTest {

    private static Properties load(String path) throws Exception {
        Bundle b = FrameworkUtil.getBundle(Messages.class);
        URL u = b.getEntry(path);
        assertNotNull(u, path + " is not in " + b.getSymbolicName());
        Properties p = new Properties();
        try (InputStream in = u.openStream()) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws Exception {
        for (String base : new String[] {"org/steward/competitor/ui/internal/messages", "plugin"}) {
            Properties en = load(base + ".properties");
            Properties zh = load(base + "_zh.properties");
            assertEquals(en.keySet(), zh.keySet(), base);
            assertTrue(en.size() > 10, base);
        }
        assertEquals("zh", load("org/steward/competitor/ui/internal/messages_zh.properties").getProperty("Lang"));
    }
}
