package com.example.steward.phcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;

/**
 * The template's analysis model: which pH readings of a discharge lie outside the permitted range. The default
 * range 6–9 is the pH limit of China's Integrated Wastewater Discharge Standard GB 8978-1996 (all classes).
 *
 * <p>A Steward model is one DS component providing {@link AnalysisModel}, described by {@link Model}; the
 * workbench and the node find it through the service registry — no other registration is needed.</p>
 */
@Component(service = AnalysisModel.class)
@Model(id = PhCheck.ID, name = "pH discharge check", category = "Examples", version = "1.0.0",
        description = "Counts the pH readings of a CSV (timestamp,ph) outside the permitted range.")
public class PhCheck implements AnalysisModel {

    public static final String ID = "example.phcheck";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("min", "Lowest pH", "lowest permitted pH", 6.0, 0, 14),
                ParameterSpec.number("max", "Highest pH", "highest permitted pH", 9.0, 0, 14));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        double min = request.parameters().number("min");
        double max = request.parameters().number("max");
        if (min >= max) {
            throw new ModelException(ID, "parameter min (" + min + ") must be below max (" + max + ")");
        }
        List<PhReadings.Reading> readings;
        try {
            readings = PhReadings.read(input);
        } catch (IOException e) {
            throw new ModelException(ID, e.getMessage(), e);
        }
        monitor.begin("Checking " + readings.size() + " readings", readings.size());
        List<Map<String, Object>> violations = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (PhReadings.Reading r : readings) {
            monitor.checkCanceled(ID);
            if (r.ph() < min || r.ph() > max) {
                violations.add(Map.of("line", r.line(), "timestamp", r.timestamp(), "ph", r.ph()));
                rows.add(List.of(r.line(), r.timestamp(), r.ph()));
            }
            monitor.worked(1);
        }
        monitor.done();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("readings", readings.size());
        json.put("outOfRange", violations.size());
        json.put("share", readings.isEmpty() ? 0.0 : (double) violations.size() / readings.size());
        json.put("range", Map.of("min", min, "max", max));
        json.put("violations", violations);
        return ModelResult.of(json, List.of(new ResultTable("violations.csv", List.of("line", "timestamp", "ph"), rows)),
                List.of(), violations.size() + " of " + readings.size() + " readings outside pH " + min + "–" + max);
    }
}
