package org.steward.sensor;

import java.time.Instant;

/**
 * One validated sensor reading in canonical units.
 *
 * @param park      park id, from the topic
 * @param sensorId  sensor id, from the topic
 * @param parameter measured parameter in lower case (cod, ph, conductivity, nh3n, temperature, flow, level …)
 * @param time      when it was measured (sensor clock)
 * @param value     value in the parameter's canonical unit ({@link Units#canonical(String)})
 * @param quality   0 = good; other codes as sent by the sensor
 */
public record Reading(String park, String sensorId, String parameter, Instant time, double value, int quality) {
}
