package org.steward.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.steward.core.json.Json;
import org.steward.core.model.ModelResult;
import org.steward.core.model.ResultImage;
import org.steward.core.model.ResultTable;

/** Writes a result as files: result.json, CSV tables (RFC 4180, UTF-8) and pictures. */
public final class ResultFiles {
    private ResultFiles() {
    }

    public static List<Path> write(ModelResult result, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        Path json = directory.resolve("result.json");
        Files.writeString(json, Json.write(result.json()) + "\n", StandardCharsets.UTF_8);
        written.add(json);
        for (ResultTable table : result.tables()) {
            Path file = directory.resolve(table.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeCsvRow(table.columns(), out);
                for (List<Object> row : table.rows()) {
                    writeCsvRow(row, out);
                }
            }
            written.add(file);
        }
        for (ResultImage image : result.images()) {
            Path file = directory.resolve(image.fileName());
            Files.write(file, image.content());
            written.add(file);
        }
        return written;
    }

    static void writeCsvRow(List<?> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvCell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String csvCell(Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
