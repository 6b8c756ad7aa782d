package org.steward.store;

/** Configuration of the store (PID {@link Store#PID}); every key has a default for the embedded case. */
public @interface StoreConfig {

    /** {@code embedded} (default), {@code server} (a Derby network server) or {@code postgresql}. */
    String mode() default "embedded";

    /** Embedded: database folder; empty means {@code <workspace>/.steward/db}. */
    String path() default "";

    /** Server and postgresql modes: host of the database server. */
    String host() default "127.0.0.1";

    /** Server and postgresql modes: port; 0 means the mode's usual port (Derby 1527, PostgreSQL 5432). */
    int port() default 0;

    /** Server and postgresql modes: database name on the server. */
    String database() default "steward";

    /** PostgreSQL mode: the database user. */
    String user() default "steward";

    /**
     * PostgreSQL mode: name of the environment variable that holds the password (never the password itself);
     * empty means no password (trust or peer authentication).
     */
    String passwordEnv() default "";

    /** Most connections open at once. */
    int poolSize() default 8;

    /** How long a caller waits for a free connection, in milliseconds. */
    long poolWaitMillis() default 10_000;

    /**
     * Derby (embedded store and the network server of {@link DerbyServer}): pages of tables and indexes kept in memory
     * per database ({@code derby.storage.pageCacheSize}); 0 (default) means automatic: a sixteenth of the maximum heap
     * in 4 KB pages, between Derby's own default of 1,000 and 16,000 pages (64 MB). A {@code -Dderby.storage.pageCacheSize}
     * on the JVM's command line wins. Read when Derby boots a database.
     *
     * @since 1.1
     */
    int derbyPageCacheSize() default 0;

    /**
     * Derby: bytes of each of the three transaction log buffers ({@code derby.storage.logBufferSize}; Derby's default is
     * 32 KB). The log is written synchronously whenever a buffer fills and at each commit, so a larger buffer means
     * fewer, larger synchronous writes for big transactions such as an ingest batch. Commits stay durable.
     * A {@code -Dderby.storage.logBufferSize} on the JVM's command line wins.
     *
     * @since 1.1
     */
    int derbyLogBufferSize() default 1_048_576;
}
