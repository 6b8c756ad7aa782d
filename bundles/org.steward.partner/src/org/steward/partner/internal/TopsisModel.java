package org.steward.partner.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.partner.topsis.DecisionMatrix;
import org.steward.partner.topsis.DecisionMatrixCsv;
import org.steward.partner.topsis.SwapPoint;
import org.steward.partner.topsis.Topsis;
import org.steward.partner.topsis.TopsisResult;

/** TOPSIS ranking of vendors with a weight sensitivity check (see docs/models/partner.md). */
@Component(service = AnalysisModel.class)
@Model(id = TopsisModel.ID, name = "TOPSIS vendor ranking", category = "Partners", version = "1.0.0",
        description = "Ranks alternatives by closeness to the ideal solution (Hwang & Yoon) and shows how far each weight may move before the top two swap.")
public class TopsisModel implements AnalysisModel {
    public static final String ID = "partner.topsis";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        monitor.begin(Messages.get("topsis.task"), 2);
        DecisionMatrix matrix = new DecisionMatrixCsv(ID).read(input);
        monitor.worked(1);
        monitor.checkCanceled(ID);
        TopsisResult r = Topsis.analyse(matrix);
        monitor.worked(1);
        monitor.done();
        List<String> warnings = new ArrayList<>();
        if (Math.abs(r.weightSum() - 1) > 1e-9) {
            warnings.add(Messages.get("topsis.warning.weights", Messages.number(r.weightSum())));
        }
        Map<String, Object> weights = new LinkedHashMap<>();
        Map<String, Object> ideal = new LinkedHashMap<>();
        Map<String, Object> anti = new LinkedHashMap<>();
        Map<String, Object> sensitivity = new LinkedHashMap<>();
        for (int j = 0; j < r.criteria().size(); j++) {
            String c = r.criteria().get(j);
            weights.put(c, r.weights().get(j));
            ideal.put(c, r.ideal().get(j));
            anti.put(c, r.antiIdeal().get(j));
            Optional<SwapPoint> swap = r.sensitivity().get(j);
            sensitivity.put(c, swap.map(TopsisModel::swapJson).orElse(null));
        }
        Map<String, Object> closeness = new LinkedHashMap<>();
        Map<String, Object> distances = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.alternatives().size(); i++) {
            String a = r.alternatives().get(i);
            closeness.put(a, r.closeness().get(i));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("toIdeal", r.toIdeal().get(i));
            d.put("toAntiIdeal", r.toAntiIdeal().get(i));
            distances.put(a, d);
        }
        for (String a : r.ranking()) {
            int i = r.alternatives().indexOf(a);
            rows.add(List.of(r.ranking().indexOf(a) + 1, a, r.closeness().get(i), r.toIdeal().get(i), r.toAntiIdeal().get(i)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("criteria", r.criteria());
        json.put("weights", weights);
        json.put("closeness", closeness);
        json.put("ranking", r.ranking());
        json.put("distances", distances);
        json.put("ideal", ideal);
        json.put("antiIdeal", anti);
        json.put("sensitivity", sensitivity);
        json.put("warnings", warnings);
        String best = r.ranking().get(0);
        String summary = Messages.get("topsis.summary", best,
                String.format(Locale.ROOT, "%.3f", r.closeness(best)), r.alternatives().size());
        return ModelResult.of(json, List.of(new ResultTable("closeness.csv",
                List.of("rank", "alternative", "closeness", "toIdeal", "toAntiIdeal"), rows)), List.of(), summary);
    }

    private static Map<String, Object> swapJson(SwapPoint s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weight", s.weight());
        m.put("swapWeight", s.swapWeight());
        m.put("change", s.change());
        return m;
    }
}
