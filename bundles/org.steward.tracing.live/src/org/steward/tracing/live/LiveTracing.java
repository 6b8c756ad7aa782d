package org.steward.tracing.live;

import java.nio.file.Path;
import java.util.List;

/**
 * Live tracing of one park: sensor readings arrive over MQTT, are stored, fed to the discharge detector, and every
 * event update ranks the candidate sources; alerts go to {@code steward/<park>/alerts} (QoS 1, JSON) and into the
 * store. Registered while ConfigAdmin PID {@value #PID} holds a configuration with at least {@code park} and
 * {@code network} (keys: {@link LiveTracingConfig}).
 */
public interface LiveTracing {
    /** ConfigAdmin PID of the live tracing configuration. */
    String PID = "org.steward.tracing.live";

    /** The park id: the second level of the topic tree. */
    String park();

    /** The network (.inp); its {@code <name>.attachments.csv} sidecar beside it lists enterprises and sensors. */
    Path network();

    /** The broker in use: the configured one, or the embedded broker's URI when none is configured. */
    String brokerUri();

    /** The last (at most 100) alert JSON payloads published, oldest first. */
    List<String> recentAlerts();
}
