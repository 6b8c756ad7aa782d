package org.steward.sensor;

/** Configuration of {@link SensorIngest} (PID {@link SensorIngest#PID}). */
public @interface IngestConfig {
    /** e.g. tcp://127.0.0.1:1883 or ssl://broker:8883 */
    String brokerUri();

    /** Stable client id: the broker keeps the session (and queued QoS 1 messages) under it. */
    String clientId() default "steward-node";

    /** Subscription; {@code $share/<group>/steward/+/+/+} lets several nodes share the stream. */
    String topicFilter() default "steward/+/+/+";

    String username() default "";

    /** Name of the environment variable holding the password (never the password itself in a file). */
    String passwordEnv() default "";

    /** Readings written per transaction. */
    int batchSize() default 1000;

    /** Most unacknowledged QoS 1 messages in flight; Paho's default of 10 is far too low for a stream. */
    int maxInflight() default 5000;

    /**
     * Flood bound: most readings per sensor stamped within one second (0 = no bound). Readings beyond it are set
     * aside: one row in REJECTED_READING per sensor and second says so, the rest are only counted as rejected.
     */
    int maxReadingsPerSensorSecond() default 50;

    /** TLS (ssl://… URIs): a trust store file (JKS or PKCS12) with the broker's CA; empty = the JVM's default trust. */
    String trustStore() default "";

    /** Name of the environment variable holding the trust store's password. */
    String trustStorePasswordEnv() default "";
}
