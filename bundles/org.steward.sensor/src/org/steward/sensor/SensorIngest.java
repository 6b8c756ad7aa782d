package org.steward.sensor;

/**
 * Ingests sensor readings from an MQTT broker into the store. Configure it with the PID {@value #PID}; it runs
 * only when configured. A message is acknowledged to the broker only after its reading (or its rejection) is
 * committed, so with a persistent session at QoS 1 nothing is lost across a node crash or a broker restart.
 */
public interface SensorIngest {
    String PID = "org.steward.sensor.ingest";

    IngestStats stats();

    /** True while connected to the broker with the subscription acknowledged (readings published now reach the ingest). */
    boolean connected();
}
