package org.steward.tracing.live;

/**
 * Configuration of {@link LiveTracing} (PID {@value LiveTracing#PID}); in a properties file the dotted names are
 * written as they appear here with dots ({@code simulator.speed}).
 */
public @interface LiveTracingConfig {
    /** Park id (topic level 2), e.g. {@code demo}. Required. */
    String park();

    /** The .inp network; a relative path is resolved against {@code base}. Required. */
    String network();

    /**
     * Folder a relative {@code network} is resolved against (the workspace); empty = the framework property
     * {@code steward.workspace} if set (the node's workspace), else the working directory.
     */
    String base() default "";

    /** MQTT broker, e.g. tcp://127.0.0.1:1883 or ssl://broker:8883; empty = start the embedded broker. */
    String brokerUri() default "";

    /** Port of the embedded broker on 127.0.0.1 (only when brokerUri is empty). */
    int embeddedPort() default 18830;

    /** Client id of the ingest's persistent session; empty = steward-live-&lt;park&gt;. Unique per node. */
    String clientId() default "";

    /** Shared-subscription group: several nodes with the same group share the readings ($share/&lt;group&gt;/…). */
    String shareGroup() default "";

    /** Broker user name (ingest, alerts, simulator). */
    String username() default "";

    /** Name of the environment variable holding the broker password. */
    String passwordEnv() default "";

    /** True: the built-in simulator publishes readings of the park's sensors with injected discharges. */
    boolean simulator() default false;

    /** Simulator: one injected discharge every this many wall-clock seconds. */
    int simulator_everySeconds() default 60;

    /** Simulator: simulated seconds per wall-clock second. */
    double simulator_speed() default 30;

    /** Simulator: seed of its random numbers. */
    long simulator_seed() default 7;

    /** Simulator: seconds between two readings of one sensor (simulated time). */
    int simulator_stepSeconds() default 60;

    /**
     * An event closes, and its {@code final:true} alert is published, once no sensor has been abnormal for this many
     * seconds of data time (the readings' own timestamps; see docs/models/tracing.md, "Closing alerts"). At least
     * 60, at most 86,400.
     */
    int closeAfterQuietSeconds() default 3600;

    /** Publish alerts over MQTT (they are stored either way). */
    boolean publishAlerts() default true;
}
