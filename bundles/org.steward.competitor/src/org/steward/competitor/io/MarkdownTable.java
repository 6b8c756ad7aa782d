package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-style pipe table found in Markdown: a header row, a separator row of dashes, then body rows. Cells are
 * trimmed; {@code \|} stands for a literal bar.
 */
public record MarkdownTable(int headerLine, List<String> header, List<Row> rows) {
    public MarkdownTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A body row and its line number. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code i}, or "" when the row is shorter. */
        public String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }
    }

    /** Every table in the text, in order. */
    public static List<MarkdownTable> find(String text) {
        return find(TextLines.of(text), 0);
    }

    static List<MarkdownTable> find(List<Line> lines, int from) {
        List<MarkdownTable> tables = new ArrayList<>();
        int i = from;
        while (i < lines.size()) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("|") && i + 1 < lines.size() && separator(lines.get(i + 1).text())) {
                List<String> header = cells(t);
                List<Row> rows = new ArrayList<>();
                int j = i + 2;
                while (j < lines.size() && lines.get(j).text().strip().startsWith("|")) {
                    rows.add(new Row(lines.get(j).number(), cells(lines.get(j).text().strip())));
                    j++;
                }
                tables.add(new MarkdownTable(lines.get(i).number(), header, rows));
                i = j;
            } else {
                i++;
            }
        }
        return tables;
    }

    private static boolean separator(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.contains("-") && t.matches("[|:\\-\\s]+");
    }

    static List<String> cells(String row) {
        String t = row.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '\\' && k + 1 < t.length() && t.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    /** A cell escaped for writing inside a table row. */
    public static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
