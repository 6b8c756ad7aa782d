package org.steward.tracing.ui.internal.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.steward.core.model.ModelException;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.runtime.ModelRunner;

/**
 * A {@code tracing.placement} run from the map: the suggested nodes in order and the expected candidate-set size
 * before and after adding them (the gain is before − after).
 */
public record PlacementOutcome(int k, List<String> chosen, double before, double after, Optional<String> note) {
    public static final String MODEL = "tracing.placement";

    public double gain() {
        return before - after;
    }

    public static PlacementOutcome run(ModelRunner runner, java.nio.file.Path network, int k, List<String> existing,
                                       ProgressMonitor monitor) throws ModelException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("k", Integer.toString(k));
        if (!existing.isEmpty()) {
            params.put("sensors", String.join(",", existing));
        }
        ModelResult result = runner.run(MODEL, Optional.of(network), params, monitor, Duration.ofMinutes(5));
        Map<String, Object> json = result.json();
        return new PlacementOutcome(k, LocateOutcome.strings(json.get("chosen")), number(json.get("before")), number(json.get("after")),
                json.get("note") instanceof String s ? Optional.of(s) : Optional.empty());
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
