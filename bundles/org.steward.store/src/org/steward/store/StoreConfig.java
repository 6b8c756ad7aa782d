package org.steward.store;

/** Configuration of the store (PID {@link Store#PID}); every key has a default for the embedded case. */
public @interface StoreConfig {

    /** {@code embedded} (default) or {@code server} (a Derby network server). */
    String mode() default "embedded";

    /** Embedded: database folder; empty means {@code <workspace>/.steward/db}. */
    String path() default "";

    /** Server mode: host of the Derby network server. */
    String host() default "127.0.0.1";

    /** Server mode: port of the Derby network server. */
    int port() default 1527;

    /** Server mode: database name on the server. */
    String database() default "steward";

    /** Most connections open at once. */
    int poolSize() default 8;

    /** How long a caller waits for a free connection, in milliseconds. */
    long poolWaitMillis() default 10_000;
}
