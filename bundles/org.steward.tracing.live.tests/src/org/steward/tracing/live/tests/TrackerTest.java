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
}
