package org.steward.competitor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.competitor.analysis.AnalysisResult;
import org.steward.competitor.analysis.Assessment;
import org.steward.competitor.analysis.Recommendation;
import org.steward.competitor.analysis.SegmentForces;
import org.steward.competitor.chart.ChartFont;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.Force;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.ProfitModelEntry;
import org.steward.competitor.model.RecordProblem;
import org.steward.competitor.model.Relation;

/** The result.json document of competitor.compare (docs/models/competitor.md, "Outputs"). */
final class ResultJson {
    private ResultJson() {
    }

    static Map<String, Object> of(AnalysisResult r, ChartFont font) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("us", r.us().map(Competitor::name));
        List<Object> acts = new ArrayList<>();
        for (Activity a : Activity.values()) {
            acts.add(map("id", a.id(), "name", a.english(), "zh", a.chinese(), "primary", a.primary()));
        }
        json.put("activities", acts);
        List<Object> comps = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            Competitor c = a.competitor();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("us", c.us());
            m.put("file", c.origin().file());
            m.put("region", c.region());
            m.put("businessLines", c.businessLines());
            m.put("services", c.services());
            m.put("customers", c.customers());
            m.put("parks", c.parks());
            m.put("revenueBand", c.revenueBand());
            m.put("sources", c.sources());
            Map<String, Object> chain = new LinkedHashMap<>();
            Map<String, Object> gaps = new LinkedHashMap<>();
            for (Activity act : Activity.values()) {
                if (a.scores().containsKey(act)) {
                    chain.put(act.id(), a.scores().get(act));
                }
                if (a.gaps().containsKey(act)) {
                    gaps.put(act.id(), a.gaps().get(act));
                }
            }
            m.put("chain", chain);
            m.put("meanScore", a.mean().isPresent() ? a.mean().getAsDouble() : null);
            if (!c.us()) {
                m.put("gaps", gaps);
                m.put("meanGap", a.meanGap().isPresent() ? a.meanGap().getAsDouble() : null);
            }
            m.put("advantageSources", a.advantages().stream().map(s -> s.id()).toList());
            m.put("advantageReasoning", a.advantageReasoning());
            List<Object> pm = new ArrayList<>();
            for (ProfitModelEntry p : c.profitModels()) {
                pm.add(map("id", p.model().id(), "name", p.model().english(), "zh", p.model().chinese(), "evidence", p.evidence()));
            }
            m.put("profitModels", pm);
            List<Object> rel = new ArrayList<>();
            for (LineRelation l : c.relations()) {
                rel.add(map("businessLine", l.businessLine(), "relation", l.relation().id(), "reason", l.reason()));
            }
            m.put("relations", rel);
            if (!c.us()) {
                List<Object> recs = new ArrayList<>();
                for (Recommendation rec : a.recommendations()) {
                    recs.add(map("segment", rec.segment(), "relation", rec.relation().id(), "action", rec.action().id(), "rule", rec.rule(),
                            "activities", rec.activities().stream().map(Activity::id).toList(), "reasoning", rec.reasoning()));
                }
                m.put("recommendations", recs);
            }
            comps.add(m);
        }
        json.put("competitors", comps);
        Map<String, Object> matrix = new LinkedHashMap<>();
        matrix.put("businessLines", r.businessLines());
        Map<String, Object> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Relation>> e : r.matrix().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String l : r.businessLines()) {
                Relation rel = e.getValue().get(l);
                row.put(l, rel == null ? "" : rel.id());
            }
            rows.put(e.getKey(), row);
        }
        matrix.put("rows", rows);
        json.put("relationMatrix", matrix);
        Map<String, Object> forces = new LinkedHashMap<>();
        for (SegmentForces s : r.forces()) {
            Map<String, Object> seg = new LinkedHashMap<>();
            for (Force f : Force.values()) {
                if (!s.means().containsKey(f)) {
                    continue;
                }
                List<Object> ratings = new ArrayList<>();
                s.ratings().stream().filter(x -> x.force() == f)
                        .forEach(x -> ratings.add(map("record", x.record(), "rating", x.rating(), "drivers", x.drivers())));
                seg.put(f.id(), map("mean", s.means().get(f), "ratings", ratings));
            }
            seg.put("overall", s.overall().isPresent() ? s.overall().getAsDouble() : null);
            forces.put(s.segment(), seg);
        }
        json.put("fiveForces", forces);
        json.put("font", map("used", font.description(), "problem", font.problem()));
        List<Object> errors = new ArrayList<>();
        for (RecordProblem p : r.problems()) {
            errors.add(map("file", p.file(), "line", p.line(), "field", p.field(), "message", p.message()));
        }
        json.put("errors", errors);
        return json;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
