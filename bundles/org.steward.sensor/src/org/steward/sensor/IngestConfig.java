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
}
