package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.Names;
import org.steward.competitor.model.Origin;
import org.steward.competitor.model.ProfitModel;
import org.steward.competitor.model.ProfitModelEntry;
import org.steward.competitor.model.Relation;

/**
 * The flat form of competitor records: one row per competitor, used by CSV and Markdown-table import and export.
 * Columns (any order, English or Chinese header): name, us, region, business_lines, services, customers, parks,
 * revenue_band, sources (lists separated by {@code ;}), relations ({@code line=relation; …}), profit_models
 * ({@code model; …}) and one score column per value-chain activity (its id, name or alias). Descriptions, evidence
 * and five forces are not part of the flat form.
 */
public final class FlatTable {
    /** Field names of the flat form, in export order, with their accepted header aliases. */
    static final Map<String, String[]> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", new String[] {"name", "名称", "公司", "竞争对手"});
        FIELDS.put("us", new String[] {"us", "我方"});
        FIELDS.put("region", new String[] {"region", "地区"});
        FIELDS.put("business_lines", new String[] {"business lines", "业务线"});
        FIELDS.put("services", new String[] {"services", "服务项目"});
        FIELDS.put("customers", new String[] {"customers", "客户"});
        FIELDS.put("parks", new String[] {"parks", "园区"});
        FIELDS.put("revenue_band", new String[] {"revenue band", "营收规模"});
        FIELDS.put("sources", new String[] {"sources", "来源"});
        FIELDS.put("relations", new String[] {"relations", "业务关系", "关系"});
        FIELDS.put("profit_models", new String[] {"profit models", "盈利模式", "利润模式"});
    }

    private FlatTable() {
    }

    /** Whether a header row looks like the flat form (it has a name column). */
    public static boolean isFlat(List<String> header) {
        return Columns.find(header, FIELDS.get("name")) >= 0;
    }

    /** A data row and its line. */
    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
        }
    }

    static List<Competitor> read(String file, int headerLine, List<String> header, List<Row> rows, Problems problems) {
        Map<String, Integer> field = new LinkedHashMap<>();
        Map<Activity, Integer> activity = new EnumMap<>(Activity.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isBlank()) {
                continue;
            }
            String f = fieldOf(h);
            Optional<Activity> a = Activity.parse(h);
            if (f != null) {
                field.put(f, i);
            } else if (a.isPresent()) {
                activity.put(a.get(), i);
            } else {
                problems.add(file, headerLine, h, "flat.unknownColumn", h);
            }
        }
        if (!field.containsKey("name")) {
            problems.add(file, headerLine, "name", "flat.noName");
            return List.of();
        }
        for (Activity a : Activity.values()) {
            if (!activity.containsKey(a)) {
                problems.add(file, headerLine, "chain." + a.id(), "flat.missingActivityColumn", a.chinese(), a.english());
            }
        }
        List<Competitor> out = new ArrayList<>();
        for (Row r : rows) {
            String name = r.cell(field.get("name"));
            if (name.isEmpty()) {
                if (r.cells().stream().anyMatch(c -> !c.isBlank())) {
                    problems.add(file, r.line(), "name", "flat.rowNoName");
                }
                continue;
            }
            String usCell = r.cell(field.getOrDefault("us", -1));
            if (!Scores.isFlag(usCell)) {
                problems.add(file, r.line(), "us", "fm.badFlag", usCell);
            }
            List<ChainEntry> chain = new ArrayList<>();
            for (Map.Entry<Activity, Integer> e : activity.entrySet()) {
                OptionalInt s = Scores.read(file, r.line(), "chain." + e.getKey().id() + ".score", r.cell(e.getValue()), problems);
                if (s.isPresent()) {
                    chain.add(new ChainEntry(e.getKey(), s.getAsInt(), "", ""));
                }
            }
            List<ProfitModelEntry> profits = new ArrayList<>();
            for (String p : FrontMatter.splitInline(r.cell(field.getOrDefault("profit_models", -1)))) {
                Optional<ProfitModel> m = ProfitModel.parse(p);
                if (m.isEmpty()) {
                    problems.add(file, r.line(), "profit_models", "profit.unknown", p);
                } else if (profits.stream().noneMatch(x -> x.model() == m.get())) {
                    profits.add(new ProfitModelEntry(m.get(), ""));
                }
            }
            List<LineRelation> relations = new ArrayList<>();
            for (String item : r.cell(field.getOrDefault("relations", -1)).split("[;；]")) {
                if (item.isBlank()) {
                    continue;
                }
                int eq = Math.max(item.indexOf('='), item.indexOf('＝'));
                Optional<Relation> rel = eq > 0 ? Relation.parse(item.substring(eq + 1)) : Optional.empty();
                if (rel.isEmpty()) {
                    problems.add(file, r.line(), "relations", "flat.badRelation", item.strip());
                } else {
                    relations.add(new LineRelation(item.substring(0, eq).strip(), rel.get(), ""));
                }
            }
            out.add(new Competitor(name, Scores.flag(usCell), r.cell(field.getOrDefault("region", -1)),
                    list(r, field, "business_lines"), list(r, field, "services"), list(r, field, "customers"), list(r, field, "parks"),
                    r.cell(field.getOrDefault("revenue_band", -1)), list(r, field, "sources"), relations, chain, profits, List.of(),
                    new Origin(file, r.line())));
        }
        return out;
    }

    private static List<String> list(Row r, Map<String, Integer> field, String key) {
        return FrontMatter.splitInline(r.cell(field.getOrDefault(key, -1)));
    }

    private static String fieldOf(String header) {
        String h = Names.normalise(header);
        for (Map.Entry<String, String[]> e : FIELDS.entrySet()) {
            if (Names.normalise(e.getKey()).equals(h)) {
                return e.getKey();
            }
            for (String alias : e.getValue()) {
                if (Names.normalise(alias).equals(h)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** The export header: the fields, then the activity ids. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(FIELDS.keySet());
        for (Activity a : Activity.values()) {
            h.add(a.id());
        }
        return h;
    }

    /** One competitor as export cells, in {@link #header()} order. */
    public static List<String> cells(Competitor c) {
        List<String> cells = new ArrayList<>();
        cells.add(c.name());
        cells.add(Boolean.toString(c.us()));
        cells.add(c.region());
        cells.add(String.join("; ", c.businessLines()));
        cells.add(String.join("; ", c.services()));
        cells.add(String.join("; ", c.customers()));
        cells.add(String.join("; ", c.parks()));
        cells.add(c.revenueBand());
        cells.add(String.join("; ", c.sources()));
        cells.add(String.join("; ", c.relations().stream().map(r -> r.businessLine() + "=" + r.relation().id()).toList()));
        cells.add(String.join("; ", c.profitModels().stream().map(p -> p.model().id()).toList()));
        for (Activity a : Activity.values()) {
            OptionalInt s = c.score(a);
            cells.add(s.isPresent() ? Integer.toString(s.getAsInt()) : "");
        }
        return cells;
    }
}
