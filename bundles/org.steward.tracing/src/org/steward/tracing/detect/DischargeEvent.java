package org.steward.tracing.detect;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A discharge event: abnormal readings at one or more sensors, merged while they keep coming.
 *
 * @param id         unique within the detector: {@code <park>-<start as yyyyMMdd'T'HHmmss'Z'>-<n>}
 * @param start      the earliest onset over its sensors
 * @param peak       the time of the reading that deviated most (in robust standard deviations) from its baseline
 * @param end        the last abnormal reading, once the event is closed (after a quiet period); empty while open
 * @param sensors    sensor id → what it saw, in the order the sensors fired
 * @param parameters every parameter found abnormal at any sensor, sorted
 */
public record DischargeEvent(String id, Instant start, Instant peak, Optional<Instant> end,
                             Map<String, SensorActivity> sensors, Set<String> parameters) {
    public DischargeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(end, "end");
        sensors = Collections.unmodifiableMap(new LinkedHashMap<>(sensors));
        parameters = Collections.unmodifiableSet(new TreeSet<>(parameters));
    }

    public boolean closed() {
        return end.isPresent();
    }
}
