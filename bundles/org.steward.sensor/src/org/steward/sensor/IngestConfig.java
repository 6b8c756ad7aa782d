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

    /**
     * Writer threads, each committing its own batches on its own store connection. A sensor's readings always go to
     * the same writer, so they stay in order and its flood bound holds; acknowledgements leave in the order the
     * messages arrived, whichever writer commits first. Measured on 2 cores (docs/sensor.md, Ingest throughput): a
     * second writer gained nothing embedded and 5 % with a Derby network server before its packed batches, which lock
     * the table so that writers take turns — hence one by default.
     *
     * @since 1.1
     */
    int writers() default 1;

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

    /**
     * MQTT protocol version: {@code 3.1.1} (default; also {@code 3}) or {@code 5} (also {@code 5.0}). With 5 the session
     * is kept by clean start off and {@link #sessionExpirySeconds()}.
     *
     * @since 1.1
     */
    String mqttVersion() default "3.1.1";

    /**
     * MQTT 5 only: how long the broker keeps the session (the subscription and the QoS 1 messages queued for the node)
     * after the node went away, in seconds. Default 7 days, the age beyond which readings are refused anyway
     * ({@link ReadingParser#MAX_AGE}). MQTT 3.1.1 sessions last as long as the broker keeps them.
     *
     * @since 1.1
     */
    long sessionExpirySeconds() default 604_800;
}
