package org.steward.partner.internal;

import java.util.List;

/**
 * One non-empty, non-comment line of a CSV file.
 *
 * @param number the 1-based line number in the file, for error messages
 * @param cells  the cells, trimmed, quotes removed
 */
public record CsvLine(int number, List<String> cells) {
    public CsvLine {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    public String cell(int index) {
        return cells.get(index);
    }
}
