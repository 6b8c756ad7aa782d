package org.steward.tracing.ui.internal.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;

/** A {@code tracing.locate} run from the map: the ranked candidates of its result.json. */
public record LocateOutcome(List<String> sensors, List<String> fired, List<Ranked> candidates, double confidence, boolean consistent) {
    public static final String MODEL = "tracing.locate";

    /**
     * Runs {@code tracing.locate} on a network file through the core runner.
     *
     * @param sensors node ids (or sidecar sensor ids) of all installed sensors; empty = the sidecar's
     * @param fired   those that detected the discharge
     */
    public static LocateOutcome run(ModelRunner runner, java.nio.file.Path network, List<String> sensors, List<String> fired,
                                    ProgressMonitor monitor) throws ModelException {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (!sensors.isEmpty()) {
            params.put("sensors", String.join(",", sensors));
        }
        params.put("fired", String.join(",", fired));
        ModelResult result = runner.run(MODEL, Optional.of(network), params, monitor, Duration.ofMinutes(5));
        Map<String, Object> json = result.json();
        List<Ranked> ranked = new ArrayList<>();
        if (json.get("candidates") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    List<String> enterprises = new ArrayList<>();
                    if (m.get("enterprises") instanceof List<?> es) {
                        for (Object e : es) {
                            if (e instanceof Map<?, ?> em) {
                                Object name = em.get("name");
                                enterprises.add(name != null && !String.valueOf(name).isBlank() ? String.valueOf(name) : String.valueOf(em.get("id")));
                            }
                        }
                    }
                    ranked.add(new Ranked(String.valueOf(m.get("node")), ((Number) m.get("score")).doubleValue(), List.copyOf(enterprises)));
                }
            }
        }
        return new LocateOutcome(strings(json.get("sensors")), strings(json.get("fired")), List.copyOf(ranked),
                json.get("confidence") instanceof Number n ? n.doubleValue() : 0, !Boolean.FALSE.equals(json.get("consistent")));
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        }
        return List.copyOf(out);
    }
}
