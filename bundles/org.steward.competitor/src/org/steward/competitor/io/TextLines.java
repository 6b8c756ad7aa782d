package org.steward.competitor.io;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines, dropping a byte-order mark and carriage returns. */
final class TextLines {
    private TextLines() {
    }

    static List<Line> of(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] parts = t.split("\n", -1);
        List<Line> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.endsWith("\r")) {
                p = p.substring(0, p.length() - 1);
            }
            lines.add(new Line(i + 1, p));
        }
        return lines;
    }
}
