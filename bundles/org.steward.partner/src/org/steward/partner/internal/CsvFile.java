package org.steward.partner.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.steward.core.model.ModelException;

/**
 * Reads the small CSV files of the partner models: UTF-8 (a BOM is dropped), comma separated, cells trimmed,
 * double quotes around a cell allowed ({@code ""} inside for a quote); blank lines and lines starting with
 * {@code #} are skipped but still counted, so that line numbers in messages match an editor's.
 */
public final class CsvFile {
    private CsvFile() {
    }

    /** The data lines of {@code file}; an error names the file when it cannot be read or is not UTF-8. */
    public static List<CsvLine> read(String source, Path file) throws ModelException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ModelException(source, Messages.get("csv.notUtf8", file));
        } catch (IOException e) {
            throw new ModelException(source, Messages.get("csv.unreadable", file, e.getMessage()), e);
        }
        return parse(source, text);
    }

    /** The data lines of {@code text}. */
    public static List<CsvLine> parse(String source, String text) throws ModelException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvLine> lines = new ArrayList<>();
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            lines.add(new CsvLine(i + 1, split(source, line, i + 1)));
        }
        return lines;
    }

    private static List<String> split(String source, String line, int number) throws ModelException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ModelException(source, Messages.get("csv.openQuote", number));
        }
        cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
        return cells;
    }
}
