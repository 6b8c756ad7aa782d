package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.EventTracer;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.network.Attachments;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;

/** Simulator → detector → tracer on the hand-drawn bypass network, as the live service chains them. */
class EndToEndTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void dischargeAtASplitIsDilutedByShareAndTracedBack() throws Exception {
        SewerNetwork net = InpReader.parse("bypass.inp", TestData.BYPASS, DirectionPolicy.DECLARED);
        Attachments sidecar = Attachments.parse("bypass.attachments.csv", """
                type,id,node,name,parameters
                enterprise,E1,A,Plating shop
                sensor,Q1,S1,,cod;conductivity
                sensor,Q2,S2
                """, net);
        DischargeSimulator sim = DischargeSimulator.of(net, sidecar, 5);
        assertEquals(List.of("cod", "conductivity"), sim.sensors().get(1).parameters()); // the sidecar's default
        // One unit of dry-weather flow per node; A and P split equally between their two outlets.
        // Q(P) = B 1 + A/2 + P 1 = 2.5; Q(S1) = P/2 + 1 = 2.25; Q(S2) = A/2 + P/2 + 1 = 2.75.
        // Of A's water 1/2 goes straight to S2 and 1/2 to P, of which half reaches S1: f(A→S1) = 1/4, f(A→S2) = 3/4.
        assertEquals(2.25, sim.flow("S1"), 1e-12);
        assertEquals(2.75, sim.flow("S2"), 1e-12);
        assertEquals(0.25 / 2.25, sim.dilution("A", "S1"), 1e-12);
        assertEquals(0.75 / 2.75, sim.dilution("A", "S2"), 1e-12);
        // 2000 mg/L cod at A: +222 at S1 (14σ), +545 at S2; it reaches S2 after 1000 s (bypass) and S1 after 2000 s.
        Instant start = T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(10));
        sim.inject(new Injection("A", "cod", start, Duration.ofMinutes(30), 2000));
        DischargeDetector detector = new DischargeDetector("bypass", DetectorSettings.defaults());
        EventTracer tracer = EventTracer.of(net, sidecar);
        List<Location> rankings = new ArrayList<>();
        List<EventUpdate> updates = new ArrayList<>();
        for (Observation o : sim.readings(T0, start.plus(Duration.ofHours(4)), Duration.ofMinutes(1))) {
            for (EventUpdate u : detector.accept(o)) {
                if (!u.event().start().isBefore(start)) {
                    updates.add(u);
                    rankings.add(tracer.rank(u.event(), o.time()));
                }
            }
        }
        assertEquals(List.of(EventUpdate.Kind.OPENED, EventUpdate.Kind.GREW, EventUpdate.Kind.CLOSED),
                updates.stream().map(EventUpdate::kind).toList());
        // first alert: Q2 only → S2 itself and A lead (see EventTracerTest); at the end both fired with onsets
        // 1000 s apart, which only A explains
        assertEquals("S2", rankings.get(0).candidates().get(0).node());
        assertEquals("A", rankings.get(0).candidates().get(1).node());
        Location last = rankings.get(2);
        assertEquals("A", last.candidates().get(0).node());
        assertTrue(last.confidence() > 0.99, "confidence " + last.confidence());
        var sensors = updates.get(2).event().sensors();
        long gap = Duration.between(sensors.get("Q2").firstAbnormal(), sensors.get("Q1").firstAbnormal()).toSeconds();
        assertTrue(Math.abs(gap - 1000) <= 120, "onset gap " + gap + " s");
    }
}
