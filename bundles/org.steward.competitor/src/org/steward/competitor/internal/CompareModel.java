package org.steward.competitor.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.CompetitorAnalysis;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.chart.HeatMap;
import org.steward.competitor.io.CompetitorReader;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.CompetitorSet;
import org.steward.competitor.model.RecordProblem;
import org.steward.core.model.AnalysisModel;
import org.steward.core.model.InputKind;
import org.steward.core.model.Model;
import org.steward.core.model.ModelException;
import org.steward.core.model.ModelRequest;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;

/** Compares competitors' value chains with ours (docs/models/competitor.md). */
@Component(service = AnalysisModel.class)
@Model(id = CompareModel.ID, name = "Competitor value-chain comparison", category = "Competitors", version = "1.0.0",
        description = "Reads a folder of competitor records, compares each value chain with ours, derives advantage sources and a "
                + "recommendation per segment (imitate, differentiate, partner, avoid), and draws a heat map.")
public class CompareModel implements AnalysisModel {
    public static final String ID = "competitor.compare";

    @Override
    public InputKind inputKind() {
        return InputKind.DIRECTORY;
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Path input = request.requireInput(ID);
        if (!Files.isDirectory(input)) {
            throw new ModelException(ID, Messages.get("model.notFolder", input));
        }
        monitor.begin(Messages.get("model.task"), 3);
        CompetitorSet set = CompetitorReader.read(input);
        if (set.competitors().isEmpty()) {
            StringBuilder b = new StringBuilder(Messages.get("model.nothingRead", input));
            set.problems().stream().limit(20).forEach(p -> b.append("\n  ").append(p.text()));
            throw new ModelException(ID, b.toString());
        }
        monitor.worked(1);
        monitor.checkCanceled(ID);
        Locale locale = Locale.getDefault();
        AnalysisResult r = CompetitorAnalysis.analyse(set, locale);
        monitor.worked(1);
        monitor.checkCanceled(ID);
        HeatMap map = Pictures.heatMap(r);
        List<ResultImage> images = List.of(new ResultImage("chains.png", "image/png", map.png()),
                new ResultImage("chains.svg", "image/svg+xml", map.svg().getBytes(StandardCharsets.UTF_8)));
        monitor.worked(1);
        monitor.done();
        long recs = r.assessments().stream().mapToLong(a -> a.recommendations().size()).sum();
        String summary = Messages.get("model.summary", r.assessments().size(), r.us().map(u -> u.name()).orElse("—"), recs,
                r.problems().size());
        return ModelResult.of(ResultJson.of(r, org.steward.competitor.chart.ChartFont.get()), tables(r), images, summary);
    }

    private static List<ResultTable> tables(AnalysisResult r) {
        List<String> chainCols = new ArrayList<>(List.of("competitor", "us"));
        List<String> gapCols = new ArrayList<>(List.of("competitor"));
        for (Activity a : Activity.values()) {
            chainCols.add(a.id());
            gapCols.add(a.id());
        }
        chainCols.add("mean");
        gapCols.add("meanGap");
        List<List<Object>> chains = new ArrayList<>();
        List<List<Object>> gaps = new ArrayList<>();
        List<List<Object>> recs = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            List<Object> c = new ArrayList<>(List.of(a.competitor().name(), a.competitor().us()));
            List<Object> g = new ArrayList<>(List.of(a.competitor().name()));
            for (Activity act : Activity.values()) {
                c.add(a.scores().containsKey(act) ? (Object) a.scores().get(act) : "");
                g.add(a.gaps().containsKey(act) ? (Object) a.gaps().get(act) : "");
            }
            c.add(a.mean().isPresent() ? (Object) round(a.mean().getAsDouble()) : "");
            g.add(a.meanGap().isPresent() ? (Object) round(a.meanGap().getAsDouble()) : "");
            chains.add(c);
            if (!a.competitor().us() && r.us().isPresent()) {
                gaps.add(g);
            }
            for (Recommendation rec : a.recommendations()) {
                recs.add(List.of(a.competitor().name(), rec.segment(), rec.relation().id(), rec.action().id(), rec.rule(),
                        String.join(";", rec.activities().stream().map(Activity::id).toList()), rec.reasoning()));
            }
        }
        List<String> relCols = new ArrayList<>(List.of("competitor"));
        relCols.addAll(r.businessLines());
        List<List<Object>> rel = new ArrayList<>();
        r.matrix().forEach((name, row) -> {
            List<Object> cells = new ArrayList<>(List.of(name));
            r.businessLines().forEach(l -> cells.add(row.containsKey(l) ? row.get(l).id() : ""));
            rel.add(cells);
        });
        List<List<Object>> errors = new ArrayList<>();
        for (RecordProblem p : r.problems()) {
            errors.add(List.of(p.file(), p.line(), p.field(), p.message()));
        }
        return List.of(new ResultTable("chains.csv", chainCols, chains), new ResultTable("gaps.csv", gapCols, gaps),
                new ResultTable("recommendations.csv", List.of("competitor", "segment", "relation", "action", "rule", "activities", "reasoning"), recs),
                new ResultTable("relations.csv", relCols, rel),
                new ResultTable("errors.csv", List.of("file", "line", "field", "message"), errors));
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
