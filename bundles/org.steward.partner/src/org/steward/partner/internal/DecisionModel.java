package org.steward.partner.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;
import org.steward.partner.ahp.Ahp;
import org.steward.partner.ahp.AhpResult;
import org.steward.partner.ahp.PairwiseMatrixCsv;
import org.steward.partner.chart.BarChart;
import org.steward.partner.chart.XyChart;
import org.steward.partner.decision.DecisionRecord;
import org.steward.partner.decision.DecisionRecordReader;
import org.steward.partner.sampletest.Figure;
import org.steward.partner.sampletest.Reading;
import org.steward.partner.sampletest.SampleTestCsv;
import org.steward.partner.sampletest.SampleTestEvaluator;
import org.steward.partner.sampletest.SampleTestLimits;
import org.steward.partner.sampletest.SampleTestReport;
import org.steward.partner.screen.Rule;
import org.steward.partner.screen.Rules;
import org.steward.partner.screen.RulesException;
import org.steward.partner.screen.Screening;
import org.steward.partner.topsis.DecisionMatrix;
import org.steward.partner.topsis.DecisionMatrixCsv;
import org.steward.partner.topsis.SwapPoint;
import org.steward.partner.topsis.Topsis;
import org.steward.partner.topsis.TopsisResult;
import org.steward.partner.vendor.Vendor;
import org.steward.partner.vendor.VendorFolder;
import org.steward.partner.vendor.VendorProblem;

/**
 * The decision record as a report: reads {@code decision.md}, recomputes the screening, AHP, TOPSIS and sample tests
 * it names, checks the choice against them and writes result.json, charts (PNG, Java2D) and a self-contained HTML report.
 */
@Component(service = AnalysisModel.class)
@Model(id = DecisionModel.ID, name = "Partner decision record", category = "Partners", version = "1.0.0",
        description = "The chosen sensor partners with their reasons and the screening, AHP, TOPSIS and sample-test results behind them, as an HTML report with charts.")
public class DecisionModel implements AnalysisModel {
    public static final String ID = "partner.decision";
    /** The report's file name among the result files. */
    public static final String REPORT = "decision-report.html";

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("chartWidth", Messages.get("decision.param.width"), Messages.get("decision.param.width.description"),
                760, 320, 2400));
    }

    /** Everything computed for one decision, for the JSON and the HTML. */
    record Evaluation(DecisionRecord record, Map<String, Vendor> vendors, List<Rule> rules, List<Screening.Outcome> screening,
            Optional<AhpResult> ahp, Optional<TopsisResult> topsis, Map<String, SampleTestReport> tests, Map<String, List<Reading>> readings,
            Map<String, String> topsisName, List<String> warnings) {
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        monitor.begin(Messages.get("decision.task"), 5);
        Evaluation e = evaluate(input, monitor);
        int width = request.parameters().integer("chartWidth");
        Map<String, byte[]> charts = charts(e, width);
        monitor.worked(1);
        String html = DecisionHtml.write(e, charts, Locale.getDefault());
        List<ResultImage> images = new ArrayList<>();
        charts.forEach((name, png) -> images.add(new ResultImage(name, "image/png", png)));
        images.add(new ResultImage(REPORT, "text/html", html.getBytes(StandardCharsets.UTF_8)));
        monitor.done();
        List<List<Object>> rows = new ArrayList<>();
        for (String v : e.record().chosen()) {
            rows.add(List.of(v, displayName(e, v), e.record().reasons().get(v), rankOf(e, v).map(i -> (Object) i).orElse(""),
                    closenessOf(e, v).map(d -> (Object) d).orElse(""),
                    e.tests().containsKey(v) ? (e.tests().get(v).passed() ? "pass" : "fail") : ""));
        }
        String summary = Messages.get("decision.summary", e.record().chosen().stream().map(v -> displayName(e, v)).collect(Collectors.joining(", ")),
                e.warnings().size());
        return ModelResult.of(json(e), List.of(new ResultTable("chosen.csv", List.of("vendor", "name", "reason", "topsisRank", "closeness",
                "sampleTest"), rows)), images, summary);
    }

    static Evaluation evaluate(Path input, ProgressMonitor monitor) throws ModelException {
        String file = input.getFileName().toString();
        String text;
        try {
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException(ID, Messages.get("csv.unreadable", input, e.getMessage()), e);
        }
        DecisionRecordReader.Outcome o = DecisionRecordReader.read(file, text);
        if (o.record().isEmpty()) {
            throw new ModelException(ID, Messages.get("decision.problems", o.problems().size(),
                    o.problems().stream().map(VendorProblem::toString).collect(Collectors.joining("\n"))));
        }
        DecisionRecord d = o.record().get();
        Path base = input.toAbsolutePath().getParent();
        List<String> warnings = new ArrayList<>();
        Map<String, Vendor> vendors = new LinkedHashMap<>();
        List<Rule> rules = List.of();
        List<Screening.Outcome> screening = List.of();
        if (d.vendors().isPresent()) {
            Path dir = base.resolve(d.vendors().get());
            if (!Files.isDirectory(dir)) {
                throw missing(d, "vendors", dir);
            }
            VendorFolder folder = Vendors.read(ID, dir);
            folder.vendors().forEach(v -> vendors.put(v.id(), v));
            if (d.rules().isPresent()) {
                Path r = base.resolve(d.rules().get());
                if (!Files.isRegularFile(r)) {
                    throw missing(d, "rules", r);
                }
                try {
                    rules = Rules.read(r);
                } catch (RulesException ex) {
                    throw new ModelException(ID, Messages.get("screen.badRules", ex.getMessage()));
                }
                screening = Screening.apply(folder.vendors(), rules);
            }
        }
        monitor.worked(1);
        Optional<AhpResult> ahp = Optional.empty();
        if (d.ahp().isPresent()) {
            Path a = base.resolve(d.ahp().get());
            if (!Files.isRegularFile(a)) {
                throw missing(d, "ahp", a);
            }
            ahp = Optional.of(Ahp.analyse(new PairwiseMatrixCsv(ID, PairwiseMatrixCsv.DEFAULT_RECIPROCAL_TOLERANCE).read(a)));
            if (!ahp.get().consistent(0.1)) {
                warnings.add(Messages.get("decision.warn.inconsistent", Messages.number(round(ahp.get().cr()))));
            }
        }
        monitor.worked(1);
        Optional<TopsisResult> topsis = Optional.empty();
        Map<String, String> topsisName = new LinkedHashMap<>();
        if (d.topsis().isPresent()) {
            Path t = base.resolve(d.topsis().get());
            if (!Files.isRegularFile(t)) {
                throw missing(d, "topsis", t);
            }
            DecisionMatrix m = new DecisionMatrixCsv(ID).read(t);
            if (d.weightsFromAhp()) {
                m = withAhpWeights(d, m, ahp.orElseThrow());
            }
            topsis = Optional.of(Topsis.analyse(m));
        }
        monitor.worked(1);
        Map<String, SampleTestReport> tests = new LinkedHashMap<>();
        Map<String, List<Reading>> readings = new LinkedHashMap<>();
        for (Map.Entry<String, String> st : d.sampleTests().entrySet()) {
            Path p = base.resolve(st.getValue());
            if (!Files.isRegularFile(p)) {
                throw new ModelException(ID, Messages.get("decision.missingFile", d.file(), d.line("sampleTests"), "sampleTests." + st.getKey(), p));
            }
            List<Reading> r = new SampleTestCsv(p.getFileName().toString()).read(p);
            readings.put(st.getKey(), r);
            tests.put(st.getKey(), new SampleTestEvaluator(p.getFileName().toString()).evaluate(r, SampleTestLimits.defaults(d.range())));
        }
        monitor.worked(1);
        // every chosen vendor must be known somewhere
        for (String v : d.chosen()) {
            boolean known = vendors.containsKey(v) || tests.containsKey(v);
            if (topsis.isPresent()) {
                Optional<String> alt = alternative(topsis.get(), v, Optional.ofNullable(vendors.get(v)));
                alt.ifPresent(a -> topsisName.put(v, a));
                known |= alt.isPresent();
            }
            if (!known) {
                throw new ModelException(ID, Messages.get("decision.unknownChosen", d.file(), d.line("chosen"), v));
            }
        }
        for (String key : d.sampleTests().keySet()) {
            if (!vendors.isEmpty() && !vendors.containsKey(key)) {
                throw new ModelException(ID, Messages.get("decision.unknownTestVendor", d.file(), d.line("sampleTests"), key));
            }
        }
        for (String v : d.chosen()) {
            for (Screening.Outcome s : screening) {
                if (s.vendor().id().equals(v) && !s.shortlisted()) {
                    warnings.add(Messages.get("decision.warn.excluded", v,
                            s.reasons().stream().map(Screening.Exclusion::reason).collect(Collectors.joining("; "))));
                }
            }
            if (tests.containsKey(v) && !tests.get(v).passed()) {
                warnings.add(Messages.get("decision.warn.testFailed", v, tests.get(v).figures().stream()
                        .filter(f -> f.status() == Figure.Status.FAIL).map(Figure::id).collect(Collectors.joining(", "))));
            }
            if (!tests.containsKey(v)) {
                warnings.add(Messages.get("decision.warn.untested", v));
            }
            if (topsis.isPresent() && topsisName.containsKey(v)) {
                int rank = topsis.get().ranking().indexOf(topsisName.get(v)) + 1;
                if (rank > d.chosen().size()) {
                    warnings.add(Messages.get("decision.warn.rank", v, rank, d.chosen().size()));
                }
            } else if (topsis.isPresent()) {
                warnings.add(Messages.get("decision.warn.notRanked", v));
            }
        }
        return new Evaluation(d, vendors, rules, screening, ahp, topsis, tests, readings, topsisName, warnings);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static ModelException missing(DecisionRecord d, String field, Path p) {
        return new ModelException(ID, Messages.get("decision.missingFile", d.file(), d.line(field), field, p));
    }

    /** The TOPSIS alternative of a chosen vendor: same text, or the vendor's name. */
    static Optional<String> alternative(TopsisResult t, String chosen, Optional<Vendor> vendor) {
        for (String a : t.alternatives()) {
            if (a.equalsIgnoreCase(chosen) || vendor.isPresent() && a.equalsIgnoreCase(vendor.get().name())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static DecisionMatrix withAhpWeights(DecisionRecord d, DecisionMatrix m, AhpResult ahp) throws ModelException {
        double[] w = new double[m.criteria().size()];
        List<org.steward.partner.topsis.CriterionType> types = new ArrayList<>();
        double[][] values = new double[m.alternatives().size()][m.criteria().size()];
        for (int j = 0; j < w.length; j++) {
            String c = m.criteria().get(j);
            int k = ahp.names().indexOf(c);
            if (k < 0) {
                throw new ModelException(ID, Messages.get("decision.criterionNotInAhp", d.file(), d.line("weightsFromAhp"), c,
                        String.join(", ", ahp.names())));
            }
            w[j] = ahp.weights().get(k);
            types.add(m.type(j));
            for (int i = 0; i < values.length; i++) {
                values[i][j] = m.value(i, j);
            }
        }
        return new DecisionMatrix(m.alternatives(), m.criteria(), w, types, values);
    }

    static String displayName(Evaluation e, String v) {
        return e.vendors().containsKey(v) ? e.vendors().get(v).name() : e.topsisName().getOrDefault(v, v);
    }

    static Optional<Integer> rankOf(Evaluation e, String v) {
        return e.topsis().isPresent() && e.topsisName().containsKey(v)
                ? Optional.of(e.topsis().get().ranking().indexOf(e.topsisName().get(v)) + 1) : Optional.empty();
    }

    static Optional<Double> closenessOf(Evaluation e, String v) {
        return e.topsis().isPresent() && e.topsisName().containsKey(v) ? Optional.of(e.topsis().get().closeness(e.topsisName().get(v)))
                : Optional.empty();
    }

    private static Map<String, Object> json(Evaluation e) {
        DecisionRecord d = e.record();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", d.title());
        json.put("date", d.date());
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (String v : d.chosen()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vendor", v);
            m.put("name", displayName(e, v));
            m.put("reason", d.reasons().get(v));
            rankOf(e, v).ifPresent(r -> m.put("topsisRank", r));
            closenessOf(e, v).ifPresent(c -> m.put("closeness", c));
            if (e.tests().containsKey(v)) {
                m.put("sampleTest", e.tests().get(v).passed() ? "pass" : "fail");
            }
            chosen.add(m);
        }
        json.put("chosen", chosen);
        if (!e.screening().isEmpty()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("rules", e.rules().stream().map(Rule::text).toList());
            s.put("shortlist", e.screening().stream().filter(Screening.Outcome::shortlisted).map(o -> o.vendor().id()).toList());
            Map<String, Object> excluded = new LinkedHashMap<>();
            for (Screening.Outcome o : e.screening()) {
                if (!o.shortlisted()) {
                    excluded.put(o.vendor().id(), o.reasons().stream().map(Screening.Exclusion::reason).toList());
                }
            }
            s.put("excluded", excluded);
            json.put("screening", s);
        }
        e.ahp().ifPresent(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> w = new LinkedHashMap<>();
            for (int i = 0; i < a.names().size(); i++) {
                w.put(a.names().get(i), a.weights().get(i));
            }
            m.put("weights", w);
            m.put("lambdaMax", a.lambdaMax());
            m.put("cr", a.cr());
            m.put("consistent", a.consistent(0.1));
            json.put("ahp", m);
        });
        e.topsis().ifPresent(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> w = new LinkedHashMap<>();
            Map<String, Object> c = new LinkedHashMap<>();
            Map<String, Object> sens = new LinkedHashMap<>();
            for (int j = 0; j < t.criteria().size(); j++) {
                w.put(t.criteria().get(j), t.weights().get(j));
                Optional<SwapPoint> sp = t.sensitivity().get(j);
                sens.put(t.criteria().get(j), sp.map(p -> (Object) p.swapWeight()).orElse(null));
            }
            for (int i = 0; i < t.alternatives().size(); i++) {
                c.put(t.alternatives().get(i), t.closeness().get(i));
            }
            m.put("weights", w);
            m.put("weightsFromAhp", d.weightsFromAhp());
            m.put("closeness", c);
            m.put("ranking", t.ranking());
            m.put("swapWeights", sens);
            json.put("topsis", m);
        });
        Map<String, Object> tests = new LinkedHashMap<>();
        e.tests().forEach((v, r) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("verdict", r.passed() ? "pass" : "fail");
            Map<String, Object> figures = new LinkedHashMap<>();
            r.figures().forEach(f -> figures.put(f.id(), f.toJson()));
            m.put("figures", figures);
            tests.put(v, m);
        });
        json.put("sampleTests", tests);
        json.put("warnings", e.warnings());
        json.put("report", REPORT);
        return json;
    }

    static Map<String, byte[]> charts(Evaluation e, int width) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        e.ahp().ifPresent(a -> out.put("ahp-weights.png", BarChart.of(Messages.get("decision.chart.ahp", Messages.number(round(a.cr()))),
                Messages.get("decision.chart.weight"), a.names(), a.weights().stream().mapToDouble(Double::doubleValue).toArray()).png(width)));
        e.topsis().ifPresent(t -> {
            out.put("topsis-closeness.png", BarChart.of(Messages.get("decision.chart.topsis"), Messages.get("decision.chart.closeness"),
                    t.ranking(), t.ranking().stream().mapToDouble(t::closeness).toArray()).png(width));
            double[] now = t.weights().stream().mapToDouble(Double::doubleValue).toArray();
            double[] swap = t.sensitivity().stream().mapToDouble(s -> s.map(SwapPoint::swapWeight).orElse(Double.NaN)).toArray();
            out.put("topsis-sensitivity.png", new BarChart(Messages.get("decision.chart.sensitivity", t.ranking().get(0), t.ranking().get(1)),
                    Messages.get("decision.chart.weight"), t.criteria(), List.of(Messages.get("decision.chart.current"),
                            Messages.get("decision.chart.swap")), new double[][] {now, swap}, Messages.get("decision.chart.noSwap")).png(width));
        });
        int k = 1;
        for (Map.Entry<String, List<Reading>> r : e.readings().entrySet()) {
            out.put("sampletest-" + k++ + ".png", org.steward.partner.chart.SampleCharts.overTime(Messages.get("decision.chart.sample", displayName(e, r.getKey())), r.getValue())
                    .png(width, width * 9 / 19));
        }
        return out;
    }
}
