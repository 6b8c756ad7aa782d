package org.steward.competitor.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.steward.competitor.io.MarkdownTable;
import org.steward.competitor.model.Activity;
import org.steward.competitor.model.ChainEntry;
import org.steward.competitor.model.Names;
import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.RecordCodec;
import org.steward.workspace.RecordFormatException;
import org.steward.workspace.RecordKey;

/**
 * Turns the text of a competitor record file into a workspace {@link Record} (folder {@value #TYPE}) with a new value
 * chain table and/or direction table, everything else of the body kept as written. Hand-written front matter is
 * carried over: Chinese keys become their English names, {@code [a, b]} lists become lists, {@code #} comment lines
 * go into the {@code note} field (the workspace format has no comments). The result is read again by the
 * competitor reader unchanged (docs/models/competitor.md, "Workbench").
 */
public final class RecordText {
    /** The workspace folder (record type) of competitor records. */
    public static final String TYPE = "competitors";

    private static final Map<String, String> KEY_ALIASES = Map.ofEntries(Map.entry("名称", "name"), Map.entry("我方", "us"),
            Map.entry("地区", "region"), Map.entry("业务线", "business_lines"), Map.entry("服务项目", "services"),
            Map.entry("客户", "customers"), Map.entry("园区", "parks"), Map.entry("营收规模", "revenue_band"),
            Map.entry("来源", "sources"), Map.entry("虚构", "fictional"), Map.entry("备注", "note"));
    private static final List<String> ACTIVITY = List.of("activity", "活动", "价值链活动");
    private static final List<String> FORCE = List.of("force", "力量", "作用力");
    private static final List<String> SEGMENT = List.of("segment", "market segment", "细分市场", "市场");
    private static final List<String> ACTION = List.of("action", "建议", "方向");

    private RecordText() {
    }

    /** The id of a record file name: {@code 01-lancheng.md} → {@code 01-lancheng}. */
    public static String id(String fileName) {
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /**
     * The record to save.
     *
     * @param chain      the new value chain (rows in activity order), or empty to keep the body's chain table
     * @param directions the new direction table rows, or empty to keep the body's
     * @throws IllegalArgumentException naming the line and key when the front matter cannot be carried over
     */
    public static Record toRecord(String id, String text, Optional<List<ChainEntry>> chain, Optional<List<Direction>> directions) {
        Record r = fields(id, text);
        String body = r.body();
        if (chain.isPresent()) {
            body = replaceTable(body, RecordText::isChain, chainTable(chain.get()), "## 价值链 Value chain");
        }
        if (directions.isPresent()) {
            body = replaceTable(body, RecordText::isDirection, directionTable(directions.get()), "## 方向 Direction");
        }
        return r.withBody(body);
    }

    /** The file as a workspace record: decoded as is when Steward wrote it, else carried over from hand-written front matter. */
    private static Record fields(String id, String text) {
        try {
            Record r = RecordCodec.decode(TYPE + "/" + id + ".md", text);
            if (r.key().equals(new RecordKey(TYPE, id))) {
                return r;
            }
        } catch (RecordFormatException e) {
            // hand-written front matter (comments, [a, b] lists, Chinese keys): carried over below
        }
        List<String> lines = List.of(text.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1));
        int open = 0;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        int close = -1;
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (open >= lines.size() || !lines.get(open).strip().equals("---") || close < 0) {
            throw new IllegalArgumentException(Messages.bind(Messages.Save_noFrontMatter, id));
        }
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        String listKey = null;
        List<String> list = new ArrayList<>();
        for (int i = open + 1; i < close; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("#")) {
                comments.add(t.substring(1).strip());
                continue;
            }
            if (t.startsWith("- ") || t.equals("-")) {
                if (listKey != null && !t.substring(1).isBlank()) {
                    list.add(unquote(t.substring(1).strip()));
                }
                continue;
            }
            if (listKey != null) {
                fields.put(listKey, new FieldValue.TextList(list));
                listKey = null;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(Messages.bind(Messages.Save_badLine, id, i + 1, t));
            }
            String key = t.substring(0, colon).strip();
            key = KEY_ALIASES.getOrDefault(key, key).replace(' ', '_');
            String value = t.substring(colon + 1).strip();
            if (key.equals("type") || key.equals("id")) {
                continue;
            }
            if (!Record.validFieldName(key)) {
                throw new IllegalArgumentException(Messages.bind(Messages.Save_badKey, new Object[] {id, i + 1, key}));
            }
            if (value.isEmpty()) {
                listKey = key;
                list = new ArrayList<>();
            } else if (value.startsWith("[") && value.endsWith("]")) {
                fields.put(key, new FieldValue.TextList(split(value.substring(1, value.length() - 1))));
            } else {
                fields.put(key, new FieldValue.Text(unquote(value)));
            }
        }
        if (listKey != null) {
            fields.put(listKey, new FieldValue.TextList(list));
        }
        if (!comments.isEmpty()) {
            String joined = String.join("\n", comments);
            String note = fields.get("note") instanceof FieldValue.Text n ? n.value() + "\n" + joined : joined;
            fields.put("note", new FieldValue.Text(note));
        }
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        return new Record(new RecordKey(TYPE, id), fields, body);
    }

    static boolean isChain(List<String> header) {
        return has(header, ACTIVITY) && !(has(header, SEGMENT) && has(header, FORCE));
    }

    static boolean isDirection(List<String> header) {
        return has(header, SEGMENT) && has(header, ACTION) && !has(header, FORCE);
    }

    private static boolean has(List<String> header, List<String> names) {
        return header.stream().map(Names::normalise).anyMatch(h -> names.stream().map(Names::normalise).anyMatch(h::equals));
    }

    /** The direction rows of a record's text (empty when it has no direction table). */
    public static List<Direction> directions(String text) {
        List<Direction> out = new ArrayList<>();
        for (MarkdownTable t : MarkdownTable.find(text)) {
            if (!isDirection(t.header())) {
                continue;
            }
            int cs = column(t.header(), SEGMENT);
            int ca = column(t.header(), ACTION);
            int cr = column(t.header(), List.of("reasoning", "reason", "理由", "原因"));
            for (MarkdownTable.Row r : t.rows()) {
                Optional<org.steward.competitor.analysis.Action> a = Direction.action(r.cell(ca));
                if (!r.cell(cs).isBlank() && a.isPresent()) {
                    out.add(new Direction(r.cell(cs), a.get(), r.cell(cr)));
                }
            }
        }
        return out;
    }

    private static int column(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String h = Names.normalise(header.get(i));
            if (names.stream().map(Names::normalise).anyMatch(h::equals)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> chainTable(List<ChainEntry> chain) {
        List<String> out = new ArrayList<>(List.of("| 活动 | 评分 | 描述 | 证据 |", "|---|---|---|---|"));
        for (Activity a : Activity.values()) {
            chain.stream().filter(e -> e.activity() == a).findFirst().ifPresent(e -> out.add("| " + a.chinese() + " | " + e.score()
                    + " | " + MarkdownTable.escape(e.description()) + " | " + MarkdownTable.escape(e.evidence()) + " |"));
        }
        return out;
    }

    static List<String> directionTable(List<Direction> directions) {
        List<String> out = new ArrayList<>(List.of("| 细分市场 | 建议 | 理由 |", "|---|---|---|"));
        for (Direction d : directions) {
            out.add("| " + MarkdownTable.escape(d.segment()) + " | " + d.action().chinese() + " | "
                    + MarkdownTable.escape(d.reasoning().replace('\n', ' ')) + " |");
        }
        return out;
    }

    /** Replaces the first table whose header matches (header to last row) by {@code table}, or appends it under a heading. */
    static String replaceTable(String body, Predicate<List<String>> which, List<String> table, String heading) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        for (MarkdownTable t : MarkdownTable.find(body)) {
            if (which.test(t.header())) {
                int from = t.headerLine() - 1;
                int to = t.rows().isEmpty() ? t.headerLine() : t.rows().get(t.rows().size() - 1).line() - 1;
                for (int i = to; i >= from; i--) {
                    lines.remove(i);
                }
                lines.addAll(from, table);
                return String.join("\n", lines);
            }
        }
        StringBuilder b = new StringBuilder(body.stripTrailing()).append("\n\n").append(heading).append("\n\n");
        table.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,，;；、]")) {
            String p = unquote(part.strip());
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
