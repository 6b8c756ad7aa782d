package org.steward.tracing.live.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.steward.core.json.Json;
import org.steward.sensor.Reading;
import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.SensorActivity;
import org.steward.tracing.network.Attachment;

/** The alert payload of {@code steward/<park>/alerts} (docs/models/tracing.md, "Live service"). */
public final class AlertJson {
    /** Most candidates in one alert. */
    public static final int MAX_CANDIDATES = 20;

    private AlertJson() {
    }

    /**
     * @param trigger the reading whose tracing produced this version (the decisive reading); empty for versions the
     *                clock produced (re-ranking as quiet sensors become overdue, closing while no reading comes)
     */
    public static Map<String, Object> payload(ParkModel park, DischargeEvent event, Ranking ranking, Instant issued, boolean fin,
                                              Optional<Reading> trigger) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("park", park.park());
        m.put("id", event.id());
        m.put("issued", issued.toString());
        m.put("final", fin);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("start", event.start().toString());
        e.put("peak", event.peak().toString());
        e.put("end", event.end().map(Instant::toString).orElse(null));
        e.put("parameters", List.copyOf(new TreeSet<>(event.parameters())));
        List<Object> sensors = new ArrayList<>();
        for (SensorActivity a : event.sensors().values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sensor", a.sensor());
            s.put("node", park.sensor(a.sensor()).map(ParkModel.Sensor::node).orElse(null));
            s.put("parameters", List.copyOf(new TreeSet<>(a.parameters())));
            s.put("firstAbnormal", a.firstAbnormal().toString());
            s.put("peak", new LinkedHashMap<String, Object>(a.peak()));
            sensors.add(s);
        }
        e.put("sensors", sensors);
        m.put("event", e);
        m.put("quiet", ranking.quiet());
        List<Object> candidates = new ArrayList<>();
        for (Candidate c : ranking.location().candidates().stream().limit(MAX_CANDIDATES).toList()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("node", c.node());
            cm.put("score", round(c.score()));
            List<Object> ents = new ArrayList<>();
            for (Attachment a : park.enterprisesAt(c.node())) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("id", a.id());
                em.put("name", a.name());
                ents.add(em);
            }
            cm.put("enterprises", ents);
            candidates.add(cm);
        }
        m.put("candidates", candidates);
        m.put("confidence", round(ranking.location().confidence()));
        m.put("trigger", trigger.map(AlertJson::trigger).orElse(null));
        return m;
    }

    private static Map<String, Object> trigger(Reading r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("sensor", r.sensorId());
        t.put("parameter", r.parameter());
        t.put("time", r.time().toString());
        return t;
    }

    /** What decides whether a new version is published: the candidates and their scores, rounded. */
    public static List<Object> rankingKey(Map<String, Object> payload) {
        return List.of(payload.get("candidates"), payload.get("quiet"));
    }

    public static String text(Map<String, Object> payload) {
        return Json.writeCompact(payload);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
