package org.steward.tracing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.steward.core.model.ParameterException;
import org.steward.core.model.ParameterSpec;
import org.steward.core.model.Parameters;
import org.steward.core.model.ProgressMonitor;
import org.steward.core.model.ResultTable;
import org.steward.tracing.analysis.Candidate;
import org.steward.tracing.analysis.Location;
import org.steward.tracing.analysis.SourceLocator;
import org.steward.tracing.analysis.TravelTimes;
import org.steward.tracing.network.Attachment;

/** Model {@code tracing.locate}: ranks the nodes where a detected discharge may have entered the network. */
@Component(service = AnalysisModel.class)
@Model(id = LocateModel.ID, name = "Locate discharge source", category = "Tracing", version = "1.0.0",
        description = "Traces a discharge detected by sewer sensors upstream to the nodes (and enterprises) that may have caused it.")
public class LocateModel implements AnalysisModel {
    public static final String ID = "tracing.locate";
    /** At most this many candidates are listed in result.json (all are in candidates.csv). */
    static final int MAX_LISTED = 500;

    @Override
    public InputKind inputKind() {
        return InputKind.FILE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.stringList("sensors", Messages.get("locate.sensors.label"), Messages.get("locate.sensors.desc"), List.of()),
                ParameterSpec.stringList("fired", Messages.get("locate.fired.label"), Messages.get("locate.fired.desc"), null),
                ParameterSpec.stringList("times", Messages.get("locate.times.label"), Messages.get("locate.times.desc"), List.of()),
                ParameterSpec.number("sigma", Messages.get("locate.sigma.label"), Messages.get("locate.sigma.desc"),
                        SourceLocator.DEFAULT_SIGMA, 1, 86_400),
                ParameterSpec.choice("direction", Messages.get("direction.label"), Messages.get("direction.desc"), "declared",
                        "declared", "elevation"),
                ParameterSpec.string("attachments", Messages.get("attachments.label"), Messages.get("attachments.desc"), ""));
    }

    @Override
    public ModelResult run(ModelRequest request, ProgressMonitor monitor) throws ModelException {
        Parameters p = request.parameters();
        monitor.begin("Locating the source", 3);
        NetworkInput in = NetworkInput.load(ID, request.requireInput(ID), p.string("direction"), p.string("attachments"));
        monitor.worked(1);
        List<Integer> sensors = p.stringList("sensors").isEmpty() ? in.sidecarSensors() : in.resolve("sensors", p.stringList("sensors"));
        if (sensors.isEmpty()) {
            throw new ParameterException("sensors", Messages.get("error.noSensors"));
        }
        List<Integer> firedList = in.resolve("fired", p.stringList("fired"));
        if (firedList.isEmpty()) {
            throw new ParameterException("fired", Messages.get("error.noFired"));
        }
        for (int f : firedList) {
            if (!sensors.contains(f)) {
                throw new ParameterException("fired", String.format(Messages.get("error.firedNotSensor"), in.network.node(f).id()));
            }
        }
        Set<Integer> fired = new HashSet<>(firedList);
        Map<Integer, Double> times = parseTimes(in, p.stringList("times"), fired);
        monitor.checkCanceled(ID);
        TravelTimes travel = TravelTimes.of(in.network);
        Location loc = SourceLocator.locate(in.network, travel, sensors, fired, times, p.number("sigma"));
        monitor.worked(2);

        Map<String, List<Attachment>> enterprises = in.attachments.enterprisesByNode();
        List<Map<String, Object>> listed = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (Candidate c : loc.candidates()) {
            rank++;
            List<Map<String, Object>> ents = new ArrayList<>();
            for (Attachment a : enterprises.getOrDefault(c.node(), List.of())) {
                ents.add(Map.of("id", a.id(), "name", a.name()));
            }
            if (listed.size() < MAX_LISTED) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("node", c.node());
                m.put("score", c.score());
                m.put("hops", c.hops());
                m.put("travelTimes", new LinkedHashMap<>(c.travelSeconds()));
                if (loc.method().equals("arrival-times")) {
                    m.put("residualSeconds", c.residual());
                }
                m.put("enterprises", ents);
                listed.add(m);
            }
            rows.add(List.of(rank, c.node(), c.score(), c.hops(),
                    String.join(" ", ents.stream().map(e -> (String) e.get("id")).toList())));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", in.summary());
        json.put("sensors", sensors.stream().map(i -> in.network.node(i).id()).toList());
        json.put("fired", firedList.stream().map(i -> in.network.node(i).id()).toList());
        json.put("method", loc.method());
        json.put("consistent", loc.consistent());
        json.put("confidence", loc.confidence());
        json.put("candidateCount", loc.candidates().size());
        json.put("candidates", listed);
        monitor.done();
        String summary = loc.candidates().isEmpty() ? "no candidate source: the fired sensors share no upstream node"
                : String.format(Locale.ROOT, "%d candidate(s); best %s (score %.3f)%s", loc.candidates().size(),
                        loc.candidates().get(0).node(), loc.confidence(), loc.consistent() ? "" : "; silent sensors ignored");
        return ModelResult.of(json, List.of(new ResultTable("candidates.csv", List.of("rank", "node", "score", "hops", "enterprises"), rows)),
                List.of(), summary);
    }

    private static Map<Integer, Double> parseTimes(NetworkInput in, List<String> items, Set<Integer> fired) throws ParameterException {
        Map<Integer, Double> times = new LinkedHashMap<>();
        for (String item : items) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new ParameterException("times", String.format(Messages.get("error.timeFormat"), item));
            }
            double t;
            try {
                t = Double.parseDouble(item.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new ParameterException("times", String.format(Messages.get("error.timeFormat"), item));
            }
            if (!Double.isFinite(t)) {
                throw new ParameterException("times", String.format(Messages.get("error.timeFormat"), item));
            }
            int node = in.resolve("times", List.of(item.substring(0, colon).strip())).get(0);
            if (!fired.contains(node)) {
                throw new ParameterException("times", String.format(Messages.get("error.timeNotFired"), item));
            }
            times.put(node, t);
        }
        return times;
    }
}
