package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
public final class Csv {
    private Csv() {
    }

    /** A parsed record and the line it starts on. */
    public record Record(int line, List<String> cells) {
        public Record {
            cells = List.copyOf(cells);
        }
    }

    /** @throws IllegalArgumentException with the line of an unclosed quote */
    public static List<Record> parse(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cells.add(cell.toString());
                    records.add(new Record(start, cells));
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(Integer.toString(quoteLine));
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            records.add(new Record(start, cells));
        }
        return records;
    }

    /** One cell, quoted when needed. */
    public static String cell(Object value) {
        String s = String.valueOf(value);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A row of cells with a line break. */
    public static String row(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append('\n').toString();
    }
}
