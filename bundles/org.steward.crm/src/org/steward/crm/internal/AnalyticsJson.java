package org.steward.crm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.core.model.ResultTable;
import org.steward.crm.analytics.CrmReport;
import org.steward.crm.analytics.CrmSettings;
import org.steward.crm.analytics.Problem;

/** The analytics report as result.json and CSV tables. */
final class AnalyticsJson {
    private AnalyticsJson() {
    }

    static Map<String, Object> of(String source, CrmReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("customers", r.data().accounts().size());
        json.put("contacts", r.data().contacts());
        json.put("opportunities", r.data().deals().size());
        json.put("settings", settings(r.settings()));
        Map<String, Object> pipeline = new LinkedHashMap<>();
        pipeline.put("open", r.pipeline().open());
        pipeline.put("openAmountYuan", r.pipeline().openAmountYuan());
        pipeline.put("weightedYuan", r.pipeline().weightedYuan());
        pipeline.put("unvalued", r.pipeline().unvalued());
        pipeline.put("stages", r.pipeline().stages().stream().map(s -> map("stage", s.stage(), "probability", s.probability(),
                "count", s.count(), "amountYuan", s.amountYuan(), "weightedYuan", s.weightedYuan())).toList());
        pipeline.put("deals", r.pipeline().deals().stream().map(d -> map("id", d.deal().id(), "customer", d.deal().customer(),
                "project", d.deal().project(), "stage", d.deal().stage(), "probability", d.probability(),
                "probabilitySource", d.probabilitySource(), "amountYuan", d.deal().amountYuan().orElse(null),
                "weightedYuan", d.weightedYuan().orElse(null))).toList());
        json.put("pipeline", pipeline);
        json.put("health", r.health().stream().map(h -> map("customer", h.account().id(), "name", h.account().name(),
                "score", h.score().orElse(null), "levels", h.levels(), "missing", h.missing())).toList());
        json.put("funnel", r.funnel().stream().map(f -> map("stage", f.stage(), "customers", f.customers(),
                "conversion", f.conversion().orElse(null), "fromFirst", f.fromFirst().orElse(null))).toList());
        json.put("grades", r.grades().stream().map(g -> map("customer", g.account().id(), "name", g.account().name(),
                "revenueYuan", g.account().revenueYuan().orElse(null), "grade", g.grade())).toList());
        json.put("lifecycle", r.lifecycle().stream().map(l -> map("customer", l.account().id(), "name", l.account().name(),
                "stage", l.stage(), "reason", l.reason())).toList());
        json.put("lifetimeValue", r.lifetimeValues().stream().map(l -> map("customer", l.account().id(), "name", l.account().name(),
                "annualValueYuan", l.annualValueYuan().orElse(null), "basis", l.basis(), "marginRate", l.marginRate(),
                "years", l.years(), "discountRate", l.discountRate(), "valueYuan", l.valueYuan().orElse(null))).toList());
        json.put("channels", r.channels().stream().map(c -> map("channel", c.channel(), "customers", c.customers(),
                "share", c.share(), "opportunities", c.opportunities(), "won", c.won(), "weightedYuan", c.weightedYuan())).toList());
        json.put("referrers", r.referrers().stream().map(x -> map("name", x.name(), "kind", x.kind(), "customers", x.customers())).toList());
        json.put("problems", r.data().problems().stream().map(p -> map("record", p.record(), "field", p.field(), "message", p.message())).toList());
        return json;
    }

    private static Map<String, Object> settings(CrmSettings s) {
        return map("stages", s.stages().stream().map(x -> map("name", x.name(), "probability", x.probability(), "aliases", x.aliases())).toList(),
                "lostStage", s.lostStage(), "activationStage", s.activationStage(),
                "health", s.health().stream().map(h -> map("id", h.id(), "label", h.label(), "weight", h.weight())).toList(),
                "levelScores", new LinkedHashMap<>(s.levelScores()), "gradeA", s.gradeA(), "gradeB", s.gradeB(),
                "marginRate", s.marginRate(), "expectedYears", s.expectedYears(), "discountRate", s.discountRate());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<ResultTable> tables(CrmReport r) {
        List<List<Object>> stages = new ArrayList<>();
        r.pipeline().stages().forEach(s -> stages.add(List.of(s.stage(), s.probability(), s.count(), s.amountYuan(), s.weightedYuan())));
        List<List<Object>> deals = new ArrayList<>();
        r.pipeline().deals().forEach(d -> deals.add(List.of(d.deal().id(), d.deal().customer(), d.deal().project(), d.deal().stage(),
                d.probability(), d.probabilitySource(), d.deal().amountYuan().map(Object::toString).orElse(""),
                d.weightedYuan().map(Object::toString).orElse(""))));
        List<List<Object>> customers = new ArrayList<>();
        for (int i = 0; i < r.data().accounts().size(); i++) {
            var a = r.data().accounts().get(i);
            customers.add(List.of(a.id(), a.name(), a.parkType(), a.source(), r.health().get(i).score().map(Object::toString).orElse(""),
                    r.grades().get(i).grade(), r.lifecycle().get(i).stage(),
                    r.lifetimeValues().get(i).valueYuan().map(Object::toString).orElse("")));
        }
        List<List<Object>> funnel = new ArrayList<>();
        r.funnel().forEach(f -> funnel.add(List.of(f.stage(), f.customers(), f.conversion().map(Object::toString).orElse(""))));
        List<List<Object>> channels = new ArrayList<>();
        r.channels().forEach(c -> channels.add(List.of(c.channel(), c.customers(), c.share(), c.opportunities(), c.won(), c.weightedYuan())));
        List<List<Object>> problems = new ArrayList<>();
        for (Problem p : r.data().problems()) {
            problems.add(List.of(p.record(), p.field(), p.message()));
        }
        return List.of(
                new ResultTable("pipeline.csv", List.of("stage", "probability", "count", "amount_yuan", "weighted_yuan"), stages),
                new ResultTable("opportunities.csv", List.of("id", "customer", "project", "stage", "probability", "probability_source",
                        "amount_yuan", "weighted_yuan"), deals),
                new ResultTable("customers.csv", List.of("id", "name", "park_type", "source", "health", "grade", "lifecycle", "ltv_yuan"), customers),
                new ResultTable("funnel.csv", List.of("stage", "customers", "conversion"), funnel),
                new ResultTable("channels.csv", List.of("channel", "customers", "share", "opportunities", "won", "weighted_yuan"), channels),
                new ResultTable("problems.csv", List.of("record", "field", "message"), problems));
    }
}
