package org.steward.store.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.steward.store.StoreConfig;
import org.steward.store.StoreException;

/**
 * Derby settings the store chooses for this JVM before Derby boots a database. Derby reads them as system
 * properties when it boots a database (they are static: a change reaches only databases booted afterwards), so the
 * embedded store applies them before its first connection and the network server before it starts.
 * A property given on the JVM's command line ({@code -Dderby.storage.pageCacheSize=…}) always wins.
 */
public final class DerbySettings {
    /** Derby's page cache: how many pages of tables and indexes it keeps in memory, per booted database. */
    public static final String PAGE_CACHE_SIZE = "derby.storage.pageCacheSize";
    /** Derby's transaction log buffer, in bytes (Derby keeps three of them per database). */
    public static final String LOG_BUFFER_SIZE = "derby.storage.logBufferSize";
    /** Derby's own default (1000 pages, 4 MB of 4 KB pages). */
    static final int DERBY_DEFAULT_PAGES = 1000;
    /** The automatic size never goes beyond this: 16,000 pages, 64 MB of 4 KB pages. */
    static final int AUTO_MAX_PAGES = 16_000;
    /** Derby's minimum; below it Derby silently takes its default. */
    static final int MIN_PAGES = 40;
    /** Derby's bounds for the log buffer: 8 KB to 128 MB. */
    static final int MIN_LOG_BUFFER = 8192;
    static final int MAX_LOG_BUFFER = 128 * 1024 * 1024;
    private static final long PAGE_BYTES = 4096;
    /** The values this class set, by property, to tell them from ones given on the command line. */
    private static final Map<String, String> applied = new ConcurrentHashMap<>();

    private DerbySettings() {
    }

    /** What {@link #apply} put in effect. */
    public record Applied(int pageCacheSize, int logBufferSize) {
    }

    /**
     * The page cache size for a configured value: a positive value is taken as it is (at least {@link #MIN_PAGES});
     * 0 means automatic: a sixteenth of the JVM's maximum heap in 4 KB pages, between Derby's default (1000) and
     * {@link #AUTO_MAX_PAGES} — with {@code -Xmx1g} 16,000 pages (64 MB), with 256 MB of heap 4,096 pages (16 MB).
     *
     * @throws IllegalArgumentException for a negative value, naming the key
     */
    public static int pageCachePages(int configured, long maxHeapBytes) {
        if (configured < 0) {
            throw new IllegalArgumentException("derbyPageCacheSize " + configured
                    + " is negative; give a number of pages (at least " + MIN_PAGES + ") or 0 for automatic (PID org.steward.store)");
        }
        if (configured > 0) {
            return Math.max(MIN_PAGES, configured);
        }
        long auto = maxHeapBytes / 16 / PAGE_BYTES;
        return (int) Math.max(DERBY_DEFAULT_PAGES, Math.min(AUTO_MAX_PAGES, auto));
    }

    /**
     * The log buffer size for a configured value, checked against Derby's bounds.
     *
     * @throws IllegalArgumentException outside 8192 … 134217728, naming the key
     */
    public static int logBufferBytes(int configured) {
        if (configured < MIN_LOG_BUFFER || configured > MAX_LOG_BUFFER) {
            throw new IllegalArgumentException("derbyLogBufferSize " + configured + " is outside Derby's bounds " + MIN_LOG_BUFFER
                    + " … " + MAX_LOG_BUFFER + " bytes (PID org.steward.store)");
        }
        return configured;
    }

    /**
     * Sets Derby's settings for databases it boots from now on in this JVM, except those given on the command line.
     *
     * @return the settings in effect for the next database boot
     * @throws StoreException for a bad value, naming the key
     */
    public static Applied apply(StoreConfig cfg) throws StoreException {
        return apply(cfg.derbyPageCacheSize(), cfg.derbyLogBufferSize());
    }

    /** {@link #apply(StoreConfig)} with the two values. */
    public static synchronized Applied apply(int derbyPageCacheSize, int derbyLogBufferSize) throws StoreException {
        try {
            int pages = pageCachePages(derbyPageCacheSize, Runtime.getRuntime().maxMemory());
            int log = logBufferBytes(derbyLogBufferSize);
            pages = set(PAGE_CACHE_SIZE, pages, DERBY_DEFAULT_PAGES);
            log = set(LOG_BUFFER_SIZE, log, 32_768);
            return new Applied(pages, log);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage());
        }
    }

    /** Sets the property unless the command line gave it; returns the value in effect. */
    private static int set(String property, int value, int derbyDefault) {
        String current = System.getProperty(property);
        if (current != null && !current.equals(applied.get(property))) {
            try {
                return Integer.parseInt(current.trim());
            } catch (NumberFormatException e) {
                return derbyDefault; // what Derby does with it
            }
        }
        String text = Integer.toString(value);
        System.setProperty(property, text);
        applied.put(property, text);
        return value;
    }
}
