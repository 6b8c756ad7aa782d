package org.steward.tracing.live.internal;

import java.time.Instant;
import java.util.List;

import org.steward.tracing.analysis.Location;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventTracer;

/**
 * The ranking of an event's candidate sources as it stands, from the tracing bundle's incremental
 * {@link EventTracer} (quiet sensors rule a candidate out only once the plume is overdue at them).
 *
 * @param location the ranking
 * @param quiet    the park's sensors that have not fired
 */
public record Ranking(Location location, List<String> quiet) {

    /** Empty when none of the event's sensors is a sensor of the park. */
    public static java.util.Optional<Ranking> of(EventTracer tracer, DischargeEvent event, Instant now) {
        if (event.sensors().keySet().stream().noneMatch(tracer.sensors()::contains)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Ranking(tracer.rank(event, now), List.copyOf(tracer.quiet(event))));
    }
}
