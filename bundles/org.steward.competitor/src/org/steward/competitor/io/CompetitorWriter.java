package org.steward.competitor.io;

import java.util.List;

import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Competitor;
import org.steward.competitor.model.ForceRating;
import org.steward.competitor.model.LineRelation;
import org.steward.competitor.model.ProfitModelEntry;

/** Writes competitors as flat CSV, as a Markdown document (flat table plus details) and as one record file. */
public final class CompetitorWriter {
    private CompetitorWriter() {
    }

    /** The flat form (docs/models/competitor.md, "Flat tables"), UTF-8 text with a header row. */
    public static String csv(List<Competitor> competitors) {
        StringBuilder b = new StringBuilder(Csv.row(FlatTable.header()));
        for (Competitor c : competitors) {
            b.append(Csv.row(FlatTable.cells(c)));
        }
        return b.toString();
    }

    /** A Markdown document: the flat table (importable again), then each competitor's value chain with evidence. */
    public static String markdown(List<Competitor> competitors) {
        StringBuilder b = new StringBuilder("# Competitors / 竞争对手\n\n");
        table(b, FlatTable.header(), competitors.stream().map(FlatTable::cells).toList());
        for (Competitor c : competitors) {
            b.append("\n## ").append(c.name()).append(c.us() ? " (us / 我方)" : "").append("\n\n");
            body(b, c);
        }
        return b.toString();
    }

    /** One record in the format {@link RecordReader} reads. */
    public static String record(Competitor c) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("name: ").append(c.name()).append('\n');
        b.append("us: ").append(c.us()).append('\n');
        b.append("region: ").append(c.region()).append('\n');
        list(b, "business_lines", c.businessLines());
        list(b, "services", c.services());
        list(b, "customers", c.customers());
        list(b, "parks", c.parks());
        b.append("revenue_band: ").append(c.revenueBand()).append('\n');
        list(b, "sources", c.sources());
        b.append("---\n\n# ").append(c.name()).append("\n\n");
        body(b, c);
        return b.toString();
    }

    private static void body(StringBuilder b, Competitor c) {
        b.append("### 业务关系 Relations\n\n");
        table(b, List.of("业务线", "关系", "理由"), c.relations().stream()
                .map((LineRelation r) -> List.of(r.businessLine(), r.relation().chinese(), r.reason())).toList());
        b.append("\n### 价值链 Value chain\n\n");
        table(b, List.of("活动", "评分", "描述", "证据"), c.chain().stream()
                .map((ChainEntry e) -> List.of(e.activity().chinese(), Integer.toString(e.score()), e.description(), e.evidence())).toList());
        b.append("\n### 盈利模式 Profit models\n\n");
        table(b, List.of("盈利模式", "证据"), c.profitModels().stream()
                .map((ProfitModelEntry p) -> List.of(p.model().chinese(), p.evidence())).toList());
        if (!c.forces().isEmpty()) {
            b.append("\n### 五力 Five forces\n\n");
            table(b, List.of("细分市场", "力量", "评分", "驱动因素"), c.forces().stream()
                    .map((ForceRating f) -> List.of(f.segment(), f.force().chinese(), Integer.toString(f.rating()), f.drivers())).toList());
        }
    }

    private static void list(StringBuilder b, String key, List<String> items) {
        b.append(key).append(":\n");
        for (String i : items) {
            b.append("  - ").append(i).append('\n');
        }
    }

    private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        b.append('|');
        header.forEach(h -> b.append(' ').append(MarkdownTable.escape(h)).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<String> r : rows) {
            b.append('|');
            r.forEach(cell -> b.append(' ').append(MarkdownTable.escape(cell)).append(" |"));
            b.append('\n');
        }
    }
}
