package org.steward.partner.sampletest;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One line of sensor-sample test data.
 *
 * @param line      the line in the file, for messages
 * @param time      when the reading was taken (local times without offset are read as UTC: only differences matter)
 * @param reference the reference value: the standard solution's concentration or the laboratory result
 * @param sensor    the sensor's reading; empty when it was missing or marked as a fault (NA, NaN, ERR, -)
 * @param phase     the test step
 * @param condition free text such as a temperature or a sample point; empty if not given
 */
public record Reading(int line, Instant time, double reference, OptionalDouble sensor, Phase phase, String condition) {
}
