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
        return of(tracer, event, now, java.util.Set.of());
    }

    /** @param busy sensors of the other open events: abnormal with another plume, not quiet for this one */
    public static java.util.Optional<Ranking> of(EventTracer tracer, DischargeEvent event, Instant now,
                                                 java.util.Set<String> busy) {
        if (event.sensors().keySet().stream().noneMatch(tracer.sensors()::contains)) {
            return java.util.Optional.empty();
        }
        List<String> quiet = tracer.quiet(event).stream().filter(s -> !busy.contains(s)).toList();
        return java.util.Optional.of(new Ranking(tracer.rank(event, now, busy), quiet));
    }
}
