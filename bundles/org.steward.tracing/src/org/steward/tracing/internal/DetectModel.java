package org.steward.tracing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.tracing.detect.DetectorSettings;
import org.steward.tracing.detect.DischargeDetector;
import org.steward.tracing.detect.DischargeEvent;
import org.steward.tracing.detect.EventUpdate;
import org.steward.tracing.detect.Observation;
import org.steward.tracing.detect.SensorActivity;

/** Model {@code tracing.detect}: finds discharge events in a CSV of sensor readings. */
@Component(service = AnalysisModel.class)
@Model(id = DetectModel.ID, name = "Detect discharges", category = "Tracing", version = "1.0.0",
        description = "Learns each sensor's daily pattern from its readings and reports abnormal discharges as events (start, peak, end, sensors, parameters).")
public class DetectModel implements AnalysisModel {
    public static final String ID = "tracing.detect";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.string("park", Messages.get("detect.park.label"), Messages.get("detect.park.desc"), "park"),
                ParameterSpec.choice("method", Messages.get("detect.method.label"), Messages.get("detect.method.desc"),
                        "z_or_cusum", "z_or_cusum", "z", "cusum"),
                ParameterSpec.integer("quiet", Messages.get("detect.quiet.label"), Messages.get("detect.quiet.desc"), 60, 1, 1440));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Parameters p = request.parameters();
        monitor.begin("Detecting discharges", 2);
        List<Observation> readings = ReadingsCsv.read(ID, request.requireInput(ID));
        monitor.worked(1);
        DetectorSettings settings = DetectorSettings.defaults()
                .withMethod(DetectorSettings.Method.valueOf(p.string("method").toUpperCase(Locale.ROOT)))
                .withQuietPeriod(Duration.ofMinutes(p.integer("quiet")));
        String park = p.string("park").isBlank() ? "park" : p.string("park").strip();
        DischargeDetector detector = new DischargeDetector(park, settings);
        List<DischargeEvent> events = new ArrayList<>();
        Set<String> sensors = new LinkedHashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        int n = 0;
        for (Observation o : readings) {
            sensors.add(o.sensor());
            parameters.add(o.parameter());
            for (EventUpdate u : detector.accept(o)) {
                if (u.kind() == EventUpdate.Kind.CLOSED) {
                    events.add(u.event());
                }
            }
            if (++n % 100_000 == 0) {
                monitor.checkCanceled(ID);
            }
        }
        detector.current().ifPresent(events::add); // still open at the end of the readings
        List<Map<String, Object>> listed = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DischargeEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("start", e.start().toString());
            m.put("peak", e.peak().toString());
            m.put("end", e.end().map(Object::toString).orElse(null));
            m.put("parameters", List.copyOf(e.parameters()));
            List<Map<String, Object>> ss = new ArrayList<>();
            for (SensorActivity a : e.sensors().values()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("sensor", a.sensor());
                sm.put("parameters", List.copyOf(a.parameters()));
                sm.put("firstAbnormal", a.firstAbnormal().toString());
                sm.put("peak", new LinkedHashMap<>(a.peak()));
                ss.add(sm);
            }
            m.put("sensors", ss);
            listed.add(m);
            rows.add(List.of(e.id(), e.start().toString(), e.peak().toString(), e.end().map(Object::toString).orElse(""),
                    String.join(" ", e.sensors().keySet()), String.join(" ", e.parameters())));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("method", settings.method().name().toLowerCase(Locale.ROOT));
        s.put("zThreshold", settings.zThreshold());
        s.put("cusumK", settings.cusumK());
        s.put("cusumH", settings.cusumH());
        s.put("persistence", settings.persistence());
        s.put("binMinutes", settings.binWidth().toMinutes());
        s.put("quietMinutes", settings.quietPeriod().toMinutes());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("readings", readings.size());
        json.put("from", readings.get(0).time().toString());
        json.put("to", readings.get(readings.size() - 1).time().toString());
        json.put("sensors", List.copyOf(sensors));
        json.put("parameters", List.copyOf(parameters));
        json.put("settings", s);
        json.put("eventCount", events.size());
        json.put("events", listed);
        monitor.done();
        String summary = String.format(Locale.ROOT, "%d event(s) in %d readings of %d sensor(s)", events.size(),
                readings.size(), sensors.size());
        return ModelResult.of(json, List.of(new ResultTable("events.csv",
                List.of("id", "start", "peak", "end", "sensors", "parameters"), rows)), List.of(), summary);
    }
}
