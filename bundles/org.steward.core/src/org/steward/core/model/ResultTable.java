package org.steward.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A table of a result: written as {@code fileName} (CSV, UTF-8) and shown as a table by the generic result view.
 *
 * @param fileName file name ending in {@code .csv}, no folders
 * @param columns  column headers
 * @param rows     rows of cells (String, Number, Boolean), each as long as {@code columns}
 */
public record ResultTable(String fileName, List<String> columns, List<List<Object>> rows) {
    public ResultTable {
        Objects.requireNonNull(fileName, "fileName");
        if (!fileName.endsWith(".csv") || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("table file name must be a plain name ending in .csv: " + fileName);
        }
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException(fileName + ": row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells but there are " + columns.size() + " columns");
            }
        }
    }
}
