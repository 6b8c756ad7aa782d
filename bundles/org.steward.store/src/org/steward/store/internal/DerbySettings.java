package org.steward.store.internal;

import java.util.concurrent.atomic.AtomicReference;

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
    /** Derby's own default (1000 pages, 4 MB of 4 KB pages). */
    static final int DERBY_DEFAULT_PAGES = 1000;
    /** The automatic size never goes beyond this: 16,000 pages, 64 MB of 4 KB pages. */
    static final int AUTO_MAX_PAGES = 16_000;
    /** Derby's minimum; below it Derby silently takes its default. */
    static final int MIN_PAGES = 40;
    private static final long PAGE_BYTES = 4096;
    /** The value this class set, to tell it from one given on the command line. */
    private static final AtomicReference<String> applied = new AtomicReference<>();

    private DerbySettings() {
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
     * Sets the page cache size for databases Derby boots from now on in this JVM, unless the property was given on
     * the command line.
     *
     * @return the page cache size in effect for the next database boot
     */
    public static synchronized int applyPageCache(int configured) throws StoreException {
        int pages;
        try {
            pages = pageCachePages(configured, Runtime.getRuntime().maxMemory());
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage());
        }
        String current = System.getProperty(PAGE_CACHE_SIZE);
        if (current != null && !current.equals(applied.get())) {
            try {
                return Integer.parseInt(current.trim());
            } catch (NumberFormatException e) {
                return DERBY_DEFAULT_PAGES; // what Derby does with it
            }
        }
        String value = Integer.toString(pages);
        System.setProperty(PAGE_CACHE_SIZE, value);
        applied.set(value);
        return pages;
    }
}
