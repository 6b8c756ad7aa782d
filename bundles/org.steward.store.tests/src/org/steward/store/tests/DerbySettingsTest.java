package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.store.StoreException;
import org.steward.store.internal.DerbySettings;

/**
 * The Derby page cache setting ({@code derbyPageCacheSize}): the automatic size from the heap, an explicit size, a bad
 * value, and a value given on the JVM's command line winning. Expected sizes computed by hand: heap / 16 / 4096 bytes
 * per page, between Derby's documented default (1000 pages) and the cap of 16,000; Derby's minimum is 40 pages
 * (Derby reference manual, derby.storage.pageCacheSize).
 */
class DerbySettingsTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void automaticSizeFollowsTheHeapWithinBounds() {
        assertEquals(4096, DerbySettings.pageCachePages(0, 256 * MIB), "256 MiB / 16 = 16 MiB = 4096 pages of 4 KiB");
        assertEquals(16_000, DerbySettings.pageCachePages(0, 1024 * MIB), "1 GiB / 16 = 16,384 pages, capped at 16,000");
        assertEquals(16_000, DerbySettings.pageCachePages(0, 6 * 1024 * MIB), "a large default heap stays at the cap (64 MB)");
        assertEquals(1000, DerbySettings.pageCachePages(0, 32 * MIB), "32 MiB / 16 = 512 pages, raised to Derby's default 1000");
    }

    @Test
    void explicitSizeIsTakenAndBadOnesAreRefused() {
        assertEquals(25_000, DerbySettings.pageCachePages(25_000, 256 * MIB));
        assertEquals(40, DerbySettings.pageCachePages(10, 256 * MIB), "Derby's minimum");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DerbySettings.pageCachePages(-1, 256 * MIB));
        assertTrue(e.getMessage().contains("derbyPageCacheSize") && e.getMessage().contains("org.steward.store"), e.getMessage());
    }

    @Test
    void theEmbeddedStoreSetsTheConfiguredSizeBeforeDerbyBoots(@TempDir Path dir) throws Exception {
        String location = dir.resolve("db").toAbsolutePath().toString();
        StoreFixture.configure(Map.of("mode", "embedded", "path", location, "derbyPageCacheSize", 1234),
                s -> s.info().location().equals(location));
        assertEquals("1234", System.getProperty(DerbySettings.PAGE_CACHE_SIZE));
    }

    @Test
    void aValueFromTheCommandLineWins() throws Exception {
        String before = System.getProperty(DerbySettings.PAGE_CACHE_SIZE);
        System.setProperty(DerbySettings.PAGE_CACHE_SIZE, "777"); // as -Dderby.storage.pageCacheSize=777 would
        try {
            assertEquals(777, DerbySettings.applyPageCache(5000));
            assertEquals("777", System.getProperty(DerbySettings.PAGE_CACHE_SIZE));
            StoreException e = assertThrows(StoreException.class, () -> DerbySettings.applyPageCache(-5));
            assertTrue(e.getMessage().contains("derbyPageCacheSize"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(DerbySettings.PAGE_CACHE_SIZE);
            } else {
                System.setProperty(DerbySettings.PAGE_CACHE_SIZE, before);
            }
        }
    }
}
