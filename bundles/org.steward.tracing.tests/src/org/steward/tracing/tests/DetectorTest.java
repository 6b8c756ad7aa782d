package org.steward.tracing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.network.DirectionPolicy;
import org.steward.tracing.network.InpReader;
import org.steward.tracing.network.SewerNetwork;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;
import org.steward.tracing.sim.SensorSpec;

class DetectorTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    /** 99, 101, 99, … : median 100, MAD 1, robust σ 1.4826; {@code step} added from minute a to b (exclusive). */
    private static double series(int m, int a, int b, double step) {
        return (m % 2 == 0 ? 99 : 101) + (m >= a && m < b ? step : 0);
    }

    @Test
    void stepBecomesAnEventWithOnsetGrowthAndEnd() {
        DetectorSettings z = DetectorSettings.defaults().withMethod(DetectorSettings.Method.Z).withPersistence(2);
        DischargeDetector d = new DischargeDetector("demo", z);
        List<EventUpdate> updates = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            // S1 cod: +30 from minute 120 to 122 (z = 30/1.4826 ≈ 20 > 5); S2 conductivity: +30 from 125 to 130
            updates.addAll(d.accept(new Observation("S1", "cod", minute(m), series(m, 120, 123, 30))));
            updates.addAll(d.accept(new Observation("S2", "conductivity", minute(m), 1000 + series(m, 125, 130, 30))));
        }
        assertEquals(List.of(EventUpdate.Kind.OPENED, EventUpdate.Kind.GREW, EventUpdate.Kind.CLOSED),
                updates.stream().map(EventUpdate::kind).toList());
        DischargeEvent opened = updates.get(0).event();
        // persistence 2: it opens at the second abnormal reading (minute 121), dated from the first (minute 120)
        assertEquals("demo-20261120T020000Z-1", opened.id());
        assertEquals(minute(120), opened.start());
        assertEquals(Set.of("S1"), opened.sensors().keySet());
        assertTrue(opened.end().isEmpty());
        DischargeEvent closed = updates.get(2).event();
        assertEquals(List.of("S1", "S2"), List.copyOf(closed.sensors().keySet()));
        assertEquals(minute(125), closed.sensors().get("S2").firstAbnormal());
        assertEquals(Set.of("cod", "conductivity"), closed.parameters());
        // the last abnormal reading is S2's at minute 129; the quiet period of 60 min closes it at minute 189
        assertEquals(minute(129), closed.end().orElseThrow());
        assertEquals(131.0, closed.sensors().get("S1").peak().get("cod"), 1e-12); // 101 + 30 at an odd minute
        assertEquals(opened.id(), closed.id());
    }

    @Test
    void advanceToClosesAQuietEvent() {
        DetectorSettings z = DetectorSettings.defaults().withMethod(DetectorSettings.Method.Z).withPersistence(1);
        DischargeDetector d = new DischargeDetector("p", z);
        for (int m = 0; m <= 100; m++) {
            d.accept(new Observation("S1", "cod", minute(m), series(m, 100, 101, 50)));
        }
        assertTrue(d.current().isPresent());
        assertEquals(List.of(), d.advanceTo(minute(159)));
        List<EventUpdate> u = d.advanceTo(minute(160));
        assertEquals(EventUpdate.Kind.CLOSED, u.get(0).kind());
        assertEquals(minute(100), u.get(0).event().end().orElseThrow());
        assertTrue(d.current().isEmpty());
    }

    @Test
    void simulatedInjectionIsFoundAtBothSensorsAtTheirArrivalTimes() throws Exception {
        SewerNetwork net = InpReader.parse("tree.inp", TestData.TREE, DirectionPolicy.DECLARED);
        List<SensorSpec> sensors = List.of(new SensorSpec("S-C", "C", List.of("cod", "conductivity")),
                new SensorSpec("S-E", "E", List.of("cod", "conductivity")));
        DischargeSimulator sim = new DischargeSimulator(net, sensors, 11);
        Instant start = T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(8));
        // 600 mg/L at A: +200 at C (Q 1/3), +120 at E (1/5); cod noise is 16 mg/L, so 12.5σ and 7.5σ
        sim.inject(new Injection("A", "cod", start, Duration.ofMinutes(20), 600));
        DischargeDetector d = new DischargeDetector("tree", DetectorSettings.defaults());
        List<DischargeEvent> closed = new ArrayList<>();
        for (Observation o : sim.readings(T0, T0.plus(Duration.ofDays(3)), Duration.ofMinutes(1))) {
            for (EventUpdate u : d.accept(o)) {
                if (u.kind() == EventUpdate.Kind.CLOSED) {
                    closed.add(u.event());
                }
            }
        }
        DischargeEvent hit = closed.stream().filter(e -> !e.start().isBefore(start.minusSeconds(600))
                && e.start().isBefore(start.plusSeconds(3600))).findFirst().orElseThrow(() -> new AssertionError(closed));
        assertEquals(List.of("S-C", "S-E"), List.copyOf(hit.sensors().keySet()));
        assertEquals(Set.of("cod"), hit.parameters());
        // arrivals: A→C 166.7 s, A→E 333.3 s; readings every minute, so the first abnormal reading is the first
        // whole minute at or after the arrival (CUSUM's onset may be one reading earlier when noise pushed it up)
        Map<String, Instant> arrival = Map.of("S-C", start.plusSeconds(180), "S-E", start.plusSeconds(360));
        for (var e : arrival.entrySet()) {
            Instant first = hit.sensors().get(e.getKey()).firstAbnormal();
            long late = Duration.between(e.getValue(), first).toSeconds();
            assertTrue(late >= -120 && late <= 60, e.getKey() + " onset " + first + " vs arrival " + e.getValue());
        }
        // false alarms on two clean days of 2 sensors × 2 parameters at 1-minute readings: at most one
        assertTrue(closed.size() - 1 <= 1, "events: " + closed);
    }

    @Test
    void steadyDriftDoesNotAlarmWhereTheDayWrapsRound() {
        // A daily shape (±20 around 300, a sine) plus a level rising 6 a day (4σ of the ±1.5 alternation's robust
        // σ 2.2 per day) and no discharge at all. Without the first-day correction the bins would hold a jump of 6
        // where the day wraps (at the first reading's time of day, 05:00 here) and CUSUM would fire there every day.
        DischargeDetector d = new DischargeDetector("drift", DetectorSettings.defaults());
        Instant start = T0.plusSeconds(5 * 3600);
        List<EventUpdate> updates = new ArrayList<>();
        for (int m = 0; m < 5 * 1440; m++) {
            double day = m / 1440.0;
            double v = 300 + 20 * Math.sin(2 * Math.PI * (m + 300) / 1440.0) + 6 * day + (m % 2 == 0 ? -1.5 : 1.5);
            updates.addAll(d.accept(new Observation("S1", "cod", start.plusSeconds(60L * m), v)));
        }
        assertEquals(List.of(), updates);
        // and a +12 step (5.4σ) for 10 minutes on day 5 is still found
        int m0 = 5 * 1440 + 600;
        for (int m = 5 * 1440; m < m0 + 60; m++) {
            double day = m / 1440.0;
            double v = 300 + 20 * Math.sin(2 * Math.PI * (m + 300) / 1440.0) + 6 * day + (m % 2 == 0 ? -1.5 : 1.5)
                    + (m >= m0 && m < m0 + 10 ? 12 : 0);
            updates.addAll(d.accept(new Observation("S1", "cod", start.plusSeconds(60L * m), v)));
        }
        assertEquals(EventUpdate.Kind.OPENED, updates.get(0).kind());
        assertEquals(start.plusSeconds(60L * m0), updates.get(0).event().start());
    }
}
