package org.steward.partner.internal;

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
import org.steward.partner.ahp.Ahp;
import org.steward.partner.ahp.AhpResult;
import org.steward.partner.ahp.Deviation;
import org.steward.partner.ahp.PairwiseMatrix;
import org.steward.partner.ahp.PairwiseMatrixCsv;
import org.steward.partner.ahp.RandomIndex;

/** AHP criterion weights from a pairwise comparison matrix (see docs/models/partner.md). */
@Component(service = AnalysisModel.class)
@Model(id = AhpModel.ID, name = "AHP criterion weights", category = "Partners", version = "1.0.0",
        description = "Weights of evaluation criteria from a pairwise comparison matrix (Saaty's eigenvector method) with its consistency ratio.")
public class AhpModel implements AnalysisModel {
    public static final String ID = "partner.ahp";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("crThreshold", Messages.get("ahp.param.crThreshold"), Messages.get("ahp.param.crThreshold.description"),
                        0.1, 0.0, 1.0),
                ParameterSpec.number("reciprocalTolerance", Messages.get("ahp.param.tolerance"),
                        Messages.get("ahp.param.tolerance.description"), PairwiseMatrixCsv.DEFAULT_RECIPROCAL_TOLERANCE, 0.0, 0.2),
                ParameterSpec.integer("worstComparisons", Messages.get("ahp.param.worst"), Messages.get("ahp.param.worst.description"),
                        3, 1, 105));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        double threshold = request.parameters().number("crThreshold");
        monitor.begin(Messages.get("ahp.task"), 2);
        PairwiseMatrix matrix = new PairwiseMatrixCsv(ID, request.parameters().number("reciprocalTolerance")).read(input);
        monitor.worked(1);
        monitor.checkCanceled(ID);
        AhpResult r = Ahp.analyse(matrix);
        monitor.worked(1);
        monitor.done();
        boolean consistent = r.consistent(threshold);
        Map<String, Object> weights = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.names().size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(r.weights().get(y), r.weights().get(x)));
        for (int i = 0; i < r.names().size(); i++) {
            weights.put(r.names().get(i), r.weights().get(i));
            rows.add(List.of(r.names().get(i), r.weights().get(i), order.indexOf(i) + 1));
        }
        List<Map<String, Object>> worst = new ArrayList<>();
        if (!consistent) {
            int k = Math.min(request.parameters().integer("worstComparisons"), r.deviations().size());
            for (Deviation d : r.deviations().subList(0, k)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", d.row());
                m.put("column", d.column());
                m.put("given", d.given());
                m.put("implied", d.implied());
                m.put("logDeviation", d.logDeviation());
                worst.add(m);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("criteria", r.names());
        json.put("weights", weights);
        json.put("lambdaMax", r.lambdaMax());
        json.put("ci", r.ci());
        json.put("ri", r.ri());
        json.put("cr", r.cr());
        json.put("crThreshold", threshold);
        json.put("consistent", consistent);
        json.put("inconsistentComparisons", worst);
        json.put("method", "principal eigenvector by power iteration, tolerance " + Ahp.TOLERANCE);
        json.put("iterations", r.iterations());
        json.put("riSource", RandomIndex.SOURCE);
        String summary = Messages.get(consistent ? "ahp.summary.consistent" : "ahp.summary.inconsistent",
                r.names().size(), String.format(java.util.Locale.ROOT, "%.3f", r.cr()));
        return ModelResult.of(json, List.of(new ResultTable("weights.csv", List.of("criterion", "weight", "rank"), rows)), List.of(),
                summary);
    }
}
