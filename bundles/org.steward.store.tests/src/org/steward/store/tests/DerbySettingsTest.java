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
 * The Derby settings ({@code derbyPageCacheSize}, {@code derbyLogBufferSize}): the automatic page cache size from the
 * heap, explicit sizes, bad values, and a value given on the JVM's command line winning. Expected sizes computed by hand: heap / 16 / 4096 bytes
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
        // Derby's documented bounds of derby.storage.logBufferSize: 8192 to 134217728 bytes
        assertEquals(8192, DerbySettings.logBufferBytes(8192));
        assertEquals(134_217_728, DerbySettings.logBufferBytes(134_217_728));
        e = assertThrows(IllegalArgumentException.class, () -> DerbySettings.logBufferBytes(4096));
        assertTrue(e.getMessage().contains("derbyLogBufferSize"), e.getMessage());
    }

    @Test
    void theEmbeddedStoreSetsTheConfiguredSizeBeforeDerbyBoots(@TempDir Path dir) throws Exception {
        String location = dir.resolve("db").toAbsolutePath().toString();
        StoreFixture.configure(Map.of("mode", "embedded", "path", location, "derbyPageCacheSize", 1234, "derbyLogBufferSize", 65536),
                s -> s.info().location().equals(location));
        assertEquals("1234", System.getProperty(DerbySettings.PAGE_CACHE_SIZE));
        assertEquals("65536", System.getProperty(DerbySettings.LOG_BUFFER_SIZE));
    }

    @Test
    void aValueFromTheCommandLineWins() throws Exception {
        String before = System.getProperty(DerbySettings.PAGE_CACHE_SIZE);
        System.setProperty(DerbySettings.PAGE_CACHE_SIZE, "777"); // as -Dderby.storage.pageCacheSize=777 would
        try {
            assertEquals(new DerbySettings.Applied(777, 262_144), DerbySettings.apply(5000, 262_144));
            assertEquals("777", System.getProperty(DerbySettings.PAGE_CACHE_SIZE));
            assertEquals("262144", System.getProperty(DerbySettings.LOG_BUFFER_SIZE), "not given on the command line: set");
            StoreException e = assertThrows(StoreException.class, () -> DerbySettings.apply(-5, 262_144));
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
