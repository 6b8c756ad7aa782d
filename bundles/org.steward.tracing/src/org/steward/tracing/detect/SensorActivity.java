package org.steward.tracing.detect;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one sensor saw during a discharge event.
 *
 * @param sensor        sensor id
 * @param parameters    the parameters found abnormal at this sensor, in the order they became abnormal
 * @param firstAbnormal the estimated onset of the first abnormal parameter (the arrival time used for tracing)
 * @param peak          per abnormal parameter, the reading that deviated most from its baseline
 */
public record SensorActivity(String sensor, Set<String> parameters, Instant firstAbnormal, Map<String, Double> peak) {
    public SensorActivity {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(firstAbnormal, "firstAbnormal");
        parameters = Collections.unmodifiableSet(new LinkedHashSet<>(parameters));
        peak = Collections.unmodifiableMap(new LinkedHashMap<>(peak));
    }
}
