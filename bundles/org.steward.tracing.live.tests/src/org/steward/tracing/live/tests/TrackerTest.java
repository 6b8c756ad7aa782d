package org.steward.tracing.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.core.json.Json;
import org.steward.sensor.Reading;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.live.internal.ParkModel;
import org.steward.tracing.live.internal.Tracker;
import org.steward.tracing.sim.DischargeSimulator;
import org.steward.tracing.sim.Injection;

/** The tracker alone on the demo park: simulated readings with one discharge at E05's node J10 in, alerts out. */
class TrackerTest {
    @Test
    void aDischargeAtAnEnterpriseIsAlertedWithItsNodeAmongTheCandidatesAndClosedFinal() throws Exception {
        ParkModel park = ParkModel.load("demo", Fixtures.DEMO.resolve("demo-park.inp"));
        DischargeSimulator sim = DischargeSimulator.of(park.network(), park.attachments(), 7);
        Instant t0 = Instant.parse("2026-11-20T00:00:00Z");
        Instant release = t0.plus(Duration.ofHours(3));
        sim.inject(new Injection("J10", "cod", release, Duration.ofMinutes(10), sim.profileOf("cod").mean() * 40));
        List<Tracker.Alert> alerts = Collections.synchronizedList(new ArrayList<>());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        try (Tracker tracker = new Tracker(park, DetectorSettings.defaults(), alerts::add, warnings::add)) {
            List<Reading> batch = new ArrayList<>();
            for (Observation o : sim.readings(t0, t0.plus(Duration.ofHours(6)), Duration.ofMinutes(1))) {
                batch.add(new Reading("demo", o.sensor(), o.parameter(), o.time(), o.value(), 0));
                if (batch.size() == 100) {
                    tracker.offer(List.copyOf(batch));
                    batch.clear();
                }
            }
            tracker.offer(List.copyOf(batch));
            Fixtures.await("a final alert (alerts so far: " + alerts.size() + ", warnings " + warnings + ")",
                    () -> alerts.stream().anyMatch(Tracker.Alert::fin), 30);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertFalse(alerts.get(0).fin());
        Tracker.Alert fin = alerts.stream().filter(Tracker.Alert::fin).findFirst().get();
        Map<String, Object> json = Json.parseObject(fin.json());
        assertEquals(alerts.get(0).id(), fin.id(), "one event, one alert id");
        List<String> nodes = ((List<?>) json.get("candidates")).stream().map(c -> (String) ((Map<?, ?>) c).get("node")).toList();
        // J10 lies upstream of S04 (J12) only; the tracer must keep it among the candidates
        assertTrue(nodes.contains("J10"), "J10 among " + nodes + " in " + fin.json());
        List<?> enterprises = ((List<?>) json.get("candidates")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> c.get("node").equals("J10")).map(c -> (List<?>) c.get("enterprises")).findFirst().get();
        assertEquals("E05", ((Map<?, ?>) enterprises.get(0)).get("id"));
    }

    /**
     * When the sensors fall silent the event still closes: the data clock moves on with the wall time since the newest
     * reading arrived, so the final alert comes once the rest of the quiet period has passed in wall time (checked every
     * second) — not earlier, and without a reading to trigger it. One stream, readings 1 s apart (data time), dry
     * value 400 + (0, +8, −8)[k mod 3], +2,000 for k = 100 … 109; quiet period 5 s.
     */
    @Test
    void whenTheSensorsFallSilentTheFinalAlertComesAfterTheRestOfTheQuietPeriodInWallTime() throws Exception {
        ParkModel park = ParkModel.load("demo", Fixtures.DEMO.resolve("demo-park.inp"));
        Instant t0 = Instant.parse("2026-11-20T00:00:00Z");
        Duration quiet = Duration.ofSeconds(5);
        List<Tracker.Alert> alerts = Collections.synchronizedList(new ArrayList<>());
        List<Long> arrived = Collections.synchronizedList(new ArrayList<>());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        int last = 113; // the first dry reading after the plume and its CUSUM tail (at most 3 readings)
        long offered;
        try (Tracker tracker = new Tracker(park, DetectorSettings.defaults().withQuietPeriod(quiet), a -> {
            arrived.add(System.nanoTime());
            alerts.add(a);
        }, warnings::add)) {
            List<Reading> batch = new ArrayList<>();
            for (int k = 0; k <= last; k++) {
                double v = 400 + new double[] {0, 8, -8}[k % 3] + (k >= 100 && k < 110 ? 2000 : 0);
                batch.add(new Reading("demo", "S05", "cod", t0.plusSeconds(k), v, 0));
            }
            offered = System.nanoTime();
            tracker.offer(batch);
            Fixtures.await("a final alert (alerts " + alerts.size() + ", warnings " + warnings + ")",
                    () -> alerts.stream().anyMatch(Tracker.Alert::fin), 30);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        int i = 0;
        while (!alerts.get(i).fin()) {
            i++;
        }
        Map<String, Object> fin = Json.parseObject(alerts.get(i).json());
        assertEquals(null, fin.get("trigger"), "issued by the clock, not by a reading: " + fin);
        Instant end = Instant.parse((String) ((Map<?, ?>) fin.get("event")).get("end"));
        assertTrue(!end.isBefore(t0.plusSeconds(109)) && !end.isAfter(t0.plusSeconds(112)), "end " + end);
        // the data clock stood at reading 113 when the readings stopped; the rest of the quiet period is wall time
        double rest = Duration.between(t0.plusSeconds(last), end.plus(quiet)).toNanos() / 1e9;
        double waited = (arrived.get(i) - offered) / 1e9;
        assertTrue(waited >= rest - 0.05, "closed after " + waited + " s, before the rest of the quiet period (" + rest + " s)");
        assertTrue(waited <= rest + 10, "closed after " + waited + " s; expected about " + rest + " s + at most 1 s");
    }
}
