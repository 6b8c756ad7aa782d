package org.steward.tracing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelCanceledException;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.tracing.analysis.Placement;
import org.steward.tracing.analysis.SensorPlacement;

/** Model {@code tracing.placement}: chooses where to add sensors so that discharges can be traced most precisely. */
@Component(service = AnalysisModel.class)
@Model(id = PlacementModel.ID, name = "Sensor placement", category = "Tracing", version = "1.0.0",
        description = "Greedily chooses k sensor nodes that most reduce the expected number of candidate sources of a discharge.")
public class PlacementModel implements AnalysisModel {
    public static final String ID = "tracing.placement";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("k", Messages.get("placement.k.label"), Messages.get("placement.k.desc"), 3, 1, 1000),
                ParameterSpec.stringList("sensors", Messages.get("placement.sensors.label"), Messages.get("placement.sensors.desc"), List.of()),
                ParameterSpec.choice("direction", Messages.get("direction.label"), Messages.get("direction.desc"), "declared",
                        "declared", "elevation"),
                ParameterSpec.string("attachments", Messages.get("attachments.label"), Messages.get("attachments.desc"), ""));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Parameters p = request.parameters();
        int k = p.integer("k");
        monitor.begin("Placing " + k + " sensors", 1);
        NetworkInput in = NetworkInput.load(ID, request.requireInput(ID), p.string("direction"), p.string("attachments"));
        List<Integer> existing = in.resolve("sensors", p.stringList("sensors"));
        Placement placement = SensorPlacement.place(in.network, existing, k, monitor::isCanceled);
        if (monitor.isCanceled()) {
            throw new ModelCanceledException(ID, "cancelled");
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        double previous = placement.before();
        int i = 0;
        for (Placement.Step s : placement.steps()) {
            i++;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", i);
            m.put("node", s.node());
            m.put("before", previous);
            m.put("after", s.expected());
            steps.add(m);
            rows.add(List.of(i, s.node(), previous, s.expected()));
            previous = s.expected();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", in.summary());
        json.put("existing", existing.stream().map(n -> in.network.node(n).id()).toList());
        json.put("chosen", placement.steps().stream().map(Placement.Step::node).toList());
        json.put("before", placement.before());
        json.put("after", placement.after());
        json.put("steps", steps);
        if (placement.steps().size() < k) {
            json.put("note", "stopped after " + placement.steps().size() + " sensor(s): no further sensor narrows the candidates");
        }
        monitor.done();
        return ModelResult.of(json, List.of(new ResultTable("placement.csv", List.of("step", "node", "before", "after"), rows)),
                List.of(), String.format(Locale.ROOT, "%d sensor(s): expected candidates %.2f → %.2f", placement.steps().size(),
                        placement.before(), placement.after()));
    }
}
