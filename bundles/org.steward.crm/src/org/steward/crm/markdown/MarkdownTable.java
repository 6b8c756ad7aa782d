package org.steward.crm.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A pipe table: header cells and rows of cells, bold markers removed and cells trimmed.
 *
 * @param header    the header cells
 * @param rows      the data rows (ragged rows are padded or cut to the header's width by the reader, with a warning)
 * @param firstLine 1-based line of the header
 */
public record MarkdownTable(List<String> header, List<List<String>> rows, int firstLine) {

    static boolean isRow(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.endsWith("|") && t.length() > 1;
    }

    static boolean isSeparator(String line) {
        return isRow(line) && line.strip().replaceAll("[|:\\-\\s]", "").isEmpty();
    }

    static List<String> cells(String line) {
        String t = line.strip();
        String inner = t.substring(1, t.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(Inline.plain(c));
        }
        return out;
    }

    /** Renders a table the way the overview writes them. */
    public static String render(List<String> header, List<List<String>> rows, List<Boolean> boldFirstColumn) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(i == 0 ? "---------|" : "------|");
        }
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            if (!boldFirstColumn.isEmpty() && boldFirstColumn.get(0) && !row.get(0).isEmpty()) {
                row.set(0, "**" + row.get(0) + "**");
            }
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
