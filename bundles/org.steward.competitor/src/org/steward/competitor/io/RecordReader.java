package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.steward.competitor.model.Activity;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.Force;
import org.steward.competitor.model.ForceRating;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.Origin;
import org.steward.competitor.model.ProfitModel;
import org.steward.competitor.model.ProfitModelEntry;
import org.steward.competitor.model.RecordProblem;
import org.steward.competitor.model.Relation;

/**
 * Reads one competitor record: a Markdown file that starts with a {@code ---} front-matter block (identity and
 * lists) followed by pipe tables for the value chain, profit models, relations and five forces, recognised by their
 * header (docs/models/competitor.md). Every problem is reported with file, line and field; what can be read is kept.
 */
public final class RecordReader {
    private static final Set<String> KEYS = Set.of("name", "us", "region", "business_lines", "services", "customers", "parks",
            "revenue_band", "sources", "fictional", "note", "id", "type");
    private static final Map<String, String> KEY_ALIASES = Map.ofEntries(Map.entry("名称", "name"), Map.entry("我方", "us"),
            Map.entry("地区", "region"), Map.entry("业务线", "business_lines"), Map.entry("服务项目", "services"),
            Map.entry("客户", "customers"), Map.entry("园区", "parks"), Map.entry("营收规模", "revenue_band"),
            Map.entry("来源", "sources"), Map.entry("虚构", "fictional"), Map.entry("备注", "note"));

    /** The record read (if it has at least a name) and the problems met. */
    public record Outcome(Optional<Competitor> competitor, List<RecordProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private RecordReader() {
    }

    public static Outcome read(String file, String text) {
        Problems problems = new Problems();
        List<Line> lines = TextLines.of(text);
        Optional<FrontMatter> fm = FrontMatter.read(file, lines, problems);
        if (fm.isEmpty()) {
            return new Outcome(Optional.empty(), problems.list());
        }
        Map<String, FrontMatter.Value> v = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, FrontMatter.Value> e : fm.get().values().entrySet()) {
            String key = KEY_ALIASES.getOrDefault(e.getKey(), e.getKey());
            if (!KEYS.contains(key)) {
                problems.add(file, e.getValue().line(), e.getKey(), "fm.unknownKey", e.getKey());
            } else {
                v.put(key, e.getValue());
            }
        }
        FrontMatter.Value name = v.get("name");
        if (name == null || name.asText().isBlank()) {
            problems.add(file, 1, "name", "fm.noName");
            return new Outcome(Optional.empty(), problems.list());
        }
        boolean us = false;
        if (v.containsKey("us")) {
            String flag = v.get("us").asText();
            if (!Scores.isFlag(flag)) {
                problems.add(file, v.get("us").line(), "us", "fm.badFlag", flag);
            }
            us = Scores.flag(flag);
        }
        List<Line> body = lines.subList(fm.get().end(), lines.size());
        List<ChainEntry> chain = new ArrayList<>();
        List<ProfitModelEntry> profits = new ArrayList<>();
        List<LineRelation> relations = new ArrayList<>();
        List<ForceRating> forces = new ArrayList<>();
        boolean chainSeen = false;
        Map<Activity, Integer> rowOf = new EnumMap<>(Activity.class);
        int chainHeader = name.line();
        for (MarkdownTable t : MarkdownTable.find(body, 0)) {
            List<String> h = t.header();
            if (Columns.find(h, Columns.SEGMENT) >= 0 && Columns.find(h, Columns.FORCE) >= 0) {
                readForces(file, t, forces, problems);
            } else if (Columns.find(h, Columns.ACTIVITY) >= 0) {
                chainSeen = true;
                chainHeader = t.headerLine();
                readChain(file, t, chain, rowOf, problems);
            } else if (Columns.find(h, Columns.BUSINESS_LINE) >= 0 && Columns.find(h, Columns.RELATION) >= 0) {
                readRelations(file, t, relations, problems);
            } else if (Columns.find(h, Columns.PROFIT_MODEL) >= 0) {
                readProfits(file, t, profits, problems);
            }
        }
        if (!chainSeen) {
            problems.add(file, name.line(), "chain", "chain.none");
        } else {
            for (Activity a : Activity.values()) {
                if (!rowOf.containsKey(a)) {
                    problems.add(file, chainHeader, "chain." + a.id(), "chain.missingActivity", a.chinese(), a.english());
                }
            }
        }
        Competitor c = new Competitor(name.asText().strip(), us, text(v, "region"), list(v, "business_lines"), list(v, "services"),
                list(v, "customers"), list(v, "parks"), text(v, "revenue_band"), list(v, "sources"), relations, chain, profits,
                forces, new Origin(file, name.line()));
        return new Outcome(Optional.of(c), problems.list());
    }

    private static String text(Map<String, FrontMatter.Value> v, String key) {
        return v.containsKey(key) ? v.get(key).asText().strip() : "";
    }

    private static List<String> list(Map<String, FrontMatter.Value> v, String key) {
        return v.containsKey(key) ? v.get(key).asList() : List.of();
    }

    private static void readChain(String file, MarkdownTable t, List<ChainEntry> chain, Map<Activity, Integer> rowOf, Problems problems) {
        int ca = Columns.find(t.header(), Columns.ACTIVITY);
        int cs = Columns.find(t.header(), Columns.SCORE);
        int cd = Columns.find(t.header(), Columns.DESCRIPTION);
        int ce = Columns.find(t.header(), Columns.EVIDENCE);
        if (cs < 0) {
            problems.add(file, t.headerLine(), "chain.score", "chain.noScoreColumn");
        }
        for (MarkdownTable.Row r : t.rows()) {
            String name = r.cell(ca);
            if (name.isBlank()) {
                continue;
            }
            Optional<Activity> a = Activity.parse(name);
            if (a.isEmpty()) {
                problems.add(file, r.line(), "chain.activity", "chain.unknownActivity", name);
                continue;
            }
            if (rowOf.containsKey(a.get())) {
                problems.add(file, r.line(), "chain." + a.get().id(), "chain.duplicateActivity", name, rowOf.get(a.get()));
                continue;
            }
            rowOf.put(a.get(), r.line());
            if (cs < 0) {
                continue;
            }
            OptionalInt s = Scores.read(file, r.line(), "chain." + a.get().id() + ".score", r.cell(cs), problems);
            if (s.isPresent()) {
                chain.add(new ChainEntry(a.get(), s.getAsInt(), r.cell(cd), r.cell(ce)));
            }
        }
    }

    private static void readProfits(String file, MarkdownTable t, List<ProfitModelEntry> profits, Problems problems) {
        int cm = Columns.find(t.header(), Columns.PROFIT_MODEL);
        int ce = Columns.find(t.header(), Columns.EVIDENCE);
        for (MarkdownTable.Row r : t.rows()) {
            String name = r.cell(cm);
            if (name.isBlank()) {
                continue;
            }
            Optional<ProfitModel> m = ProfitModel.parse(name);
            if (m.isEmpty()) {
                problems.add(file, r.line(), "profitModel", "profit.unknown", name);
            } else if (profits.stream().anyMatch(p -> p.model() == m.get())) {
                problems.add(file, r.line(), "profitModel", "profit.duplicate", name);
            } else {
                profits.add(new ProfitModelEntry(m.get(), r.cell(ce)));
            }
        }
    }

    private static void readRelations(String file, MarkdownTable t, List<LineRelation> relations, Problems problems) {
        int cl = Columns.find(t.header(), Columns.BUSINESS_LINE);
        int cr = Columns.find(t.header(), Columns.RELATION);
        int cw = Columns.find(t.header(), Columns.REASON);
        for (MarkdownTable.Row r : t.rows()) {
            String line = r.cell(cl);
            if (line.isBlank()) {
                continue;
            }
            Optional<Relation> rel = Relation.parse(r.cell(cr));
            if (rel.isEmpty()) {
                problems.add(file, r.line(), "relation", "relation.unknown", r.cell(cr), line);
            } else {
                relations.add(new LineRelation(line, rel.get(), r.cell(cw)));
            }
        }
    }

    private static void readForces(String file, MarkdownTable t, List<ForceRating> forces, Problems problems) {
        int cs = Columns.find(t.header(), Columns.SEGMENT);
        int cf = Columns.find(t.header(), Columns.FORCE);
        int cr = Columns.find(t.header(), Columns.RATING);
        int cd = Columns.find(t.header(), Columns.DRIVERS);
        for (MarkdownTable.Row r : t.rows()) {
            String segment = r.cell(cs);
            if (segment.isBlank()) {
                continue;
            }
            Optional<Force> f = Force.parse(r.cell(cf));
            if (f.isEmpty()) {
                problems.add(file, r.line(), "force", "force.unknown", r.cell(cf));
                continue;
            }
            OptionalInt s = Scores.read(file, r.line(), "forces." + f.get().id() + ".rating", r.cell(cr), problems);
            if (s.isPresent()) {
                forces.add(new ForceRating(segment, f.get(), s.getAsInt(), r.cell(cd)));
            }
        }
    }
}
