package org.steward.customer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every user-visible string exists in English and Chinese; record ids of transcript files. */
class MessagesTest {

    private static Properties load(String path) throws Exception {
        Bundle b = FrameworkUtil.getBundle(Messages.class);
        URL url = b.getEntry(path);
        if (url == null) {
            url = Messages.class.getClassLoader().getResource(path.replaceFirst("^src/", ""));
        }
        assertNotNull(url, path);
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws Exception {
        for (String[] pair : new String[][] {{"org/steward/customer/ui/internal/messages.properties", "org/steward/customer/ui/internal/messages_zh.properties"},
                {"plugin.properties", "plugin_zh.properties"}}) {
            Properties en = load(pair[0]);
            Properties zh = load(pair[1]);
            assertEquals(en.keySet(), zh.keySet(), pair[1]);
            for (Object k : en.keySet()) {
                String z = zh.getProperty((String) k);
                assertTrue(!z.isBlank(), k + " empty in zh");
                // every placeholder of the English text is in the Chinese one
                for (int i = 0; i < 6; i++) {
                    if (en.getProperty((String) k).contains("{" + i + "}")) {
                        assertTrue(z.contains("{" + i + "}"), k + " lacks {" + i + "} in zh");
                    }
                }
            }
        }
        // NLS filled every field of Messages (a missing key leaves "NLS missing message")
        for (var f : Messages.class.getFields()) {
            String v = (String) f.get(null);
            assertTrue(v != null && !v.startsWith("NLS missing"), f.getName());
        }
    }

    @Test
    void transcriptFileNamesBecomeValidRecordIds() {
        assertEquals("2025-05-08-hebei-tannery", TranscriptRecords.id("2025-05-08-hebei-tannery.txt"));
        assertEquals("访谈-1", TranscriptRecords.id("sub/访谈 1.md"));
        assertEquals("a.b", TranscriptRecords.id("a.b.txt"));
    }
}
