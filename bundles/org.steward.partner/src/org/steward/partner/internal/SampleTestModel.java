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
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.partner.sampletest.Figure;
import org.steward.partner.sampletest.RealSampleTier;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;
import org.steward.partner.sampletest.SampleTestEvaluator;
import org.steward.partner.sampletest.SampleTestLimits;
import org.steward.partner.sampletest.SampleTestReport;

/** Performance figures of a vendor's sensor sample against online-analyser test limits (see docs/models/partner.md). */
@Component(service = AnalysisModel.class)
@Model(id = SampleTestModel.ID, name = "Sensor sample test", category = "Partners", version = "1.0.0",
        description = "Indication error, repeatability, 24 h drift, T90, memory effect, valid-data rate and real-sample comparison of a sensor sample, each judged against limits.")
public class SampleTestModel implements AnalysisModel {
    public static final String ID = "partner.sampletest";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                number("range", 500, 1e-9, 1e12),
                ParameterSpec.string("unit", Messages.get("sample.param.unit"), Messages.get("sample.param.unit.description"), "mg/L"),
                number("validMin", 0, -1e12, 1e12),
                number("indicationLimit", 10, 0, 1000),
                number("repeatabilityLimit", 10, 0, 1000),
                number("zeroDriftLimit", 5, 0, 1000),
                number("spanDriftLimit", 10, 0, 1000),
                number("responseLimit", 30, 0, 1e6),
                number("memoryLimit", 5, 0, 1000),
                number("validRateLimit", 90, 0, 100),
                ParameterSpec.stringList("realSampleLimits", Messages.get("sample.param.realSampleLimits"),
                        Messages.get("sample.param.realSampleLimits.description"), SampleTestLimits.DEFAULT_TIERS),
                number("realSamplePassRate", 100, 0, 100));
    }

    private static ParameterSpec number(String key, double defaultValue, double min, double max) {
        return ParameterSpec.number(key, Messages.get("sample.param." + key), Messages.get("sample.param." + key + ".description"),
                defaultValue, min, max);
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        SampleTestLimits limits = limits(request.parameters());
        monitor.begin(Messages.get("sample.task"), 2);
        List<Reading> readings = new SampleTestCsv(ID).read(input);
        monitor.worked(1);
        monitor.checkCanceled(ID);
        SampleTestReport report = new SampleTestEvaluator(ID).evaluate(readings, limits);
        monitor.worked(1);
        monitor.done();
        String unit = request.parameters().string("unit");
        Map<String, Object> figures = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        List<String> notTested = new ArrayList<>();
        for (Figure f : report.figures()) {
            figures.put(f.id(), f.toJson());
            rows.add(List.of(f.id(), f.status().text(), Double.isNaN(f.value()) ? "" : f.value(), f.unit(), f.limit(), f.rule(), f.n()));
            if (f.status() == Figure.Status.NOT_TESTED) {
                notTested.add(f.id());
            }
        }
        List<List<Object>> comparisons = new ArrayList<>();
        for (SampleTestReport.Comparison c : report.comparisons()) {
            comparisons.add(List.of(c.line(), c.condition(), c.reference(), c.sensor().isPresent() ? c.sensor().getAsDouble() : "",
                    Double.isNaN(c.error()) ? "" : c.error(), Double.isNaN(c.relativePct()) ? "" : c.relativePct(), c.tier().toString(),
                    c.pass()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", report.passed() ? "pass" : "fail");
        json.put("range", limits.range());
        json.put("unit", unit);
        json.put("readings", readings.size());
        json.put("figures", figures);
        json.put("notTested", notTested);
        json.put("warnings", report.warnings());
        long failed = report.figures().stream().filter(f -> f.status() == Figure.Status.FAIL).count();
        String summary = Messages.get("sample.summary", report.passed() ? "pass" : "fail", report.figures().size() - notTested.size(),
                failed);
        return ModelResult.of(json, List.of(
                new ResultTable("figures.csv", List.of("figure", "status", "value", "unit", "limit", "rule", "n"), rows),
                new ResultTable("comparisons.csv", List.of("line", "condition", "reference", "sensor", "error", "relativeErrorPct", "limit",
                        "pass"), comparisons)), List.of(), summary);
    }

    private static SampleTestLimits limits(Parameters p) throws ParameterException {
        List<RealSampleTier> tiers;
        try {
            tiers = RealSampleTier.parseAll(p.stringList("realSampleLimits"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException("realSampleLimits", Messages.get("sample.param.realSampleLimits.bad", e.getMessage()));
        }
        return new SampleTestLimits(p.number("range"), p.number("validMin"), p.number("indicationLimit"), p.number("repeatabilityLimit"),
                p.number("zeroDriftLimit"), p.number("spanDriftLimit"), p.number("responseLimit"), p.number("memoryLimit"),
                p.number("validRateLimit"), tiers, p.number("realSamplePassRate"));
    }
}
