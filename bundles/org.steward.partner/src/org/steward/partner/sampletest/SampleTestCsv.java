package org.steward.partner.sampletest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import org.steward.core.model.ModelException;
import org.steward.partner.internal.CsvFile;
import org.steward.partner.internal.CsvLine;
import org.steward.partner.internal.Messages;

/**
 * Reads sensor-sample test data: a header with the columns {@code timestamp}, {@code reference}, {@code sensor} and
 * optionally {@code phase} and {@code condition} (any order, any case), then one reading per line.
 * <ul>
 * <li>timestamp: ISO 8601 ({@code 2026-03-01T08:00:00}, {@code 2026-03-01 08:00}, with or without an offset) or
 * {@code 2026/3/1 8:00[:00]}; times without an offset are taken as UTC (only differences are used);</li>
 * <li>reference: a number (the standard's value or the laboratory result);</li>
 * <li>sensor: a number, or empty / {@code NA} / {@code N/A} / {@code NaN} / {@code null} / {@code ERR} / {@code -}
 * for a missing reading (counted against the valid-data rate); any other text is an error;</li>
 * <li>phase: one of {@link Phase#names()}; without a phase column every line is a real-sample comparison.</li>
 * </ul>
 * Errors name the line and the column.
 */
public final class SampleTestCsv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "err", "error", "-", "--");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]", Locale.ROOT);

    private final String source;

    public SampleTestCsv(String source) {
        this.source = source;
    }

    public List<Reading> read(Path file) throws ModelException {
        return parse(CsvFile.read(source, file));
    }

    public List<Reading> parse(String text) throws ModelException {
        return parse(CsvFile.parse(source, text));
    }

    private List<Reading> parse(List<CsvLine> lines) throws ModelException {
        if (lines.isEmpty()) {
            throw error("sample.empty");
        }
        CsvLine header = lines.get(0);
        List<String> names = header.cells().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        int time = require(names, "timestamp", header);
        int ref = require(names, "reference", header);
        int sensor = require(names, "sensor", header);
        int phase = names.indexOf("phase");
        int condition = names.indexOf("condition");
        int needed = Math.max(Math.max(time, ref), Math.max(sensor, Math.max(phase, condition))) + 1;
        if (lines.size() == 1) {
            throw error("sample.noData", header.number());
        }
        List<Reading> readings = new ArrayList<>();
        for (CsvLine line : lines.subList(1, lines.size())) {
            if (line.size() < needed) {
                throw error("sample.tooFewCells", line.number(), line.size(), needed, String.join(",", header.cells()));
            }
            Instant t = timestamp(line.cell(time), line.number());
            String refText = line.cell(ref);
            if (!NUMBER.matcher(refText).matches()) {
                throw error("sample.reference", line.number(), refText);
            }
            String sensorText = line.cell(sensor);
            OptionalDouble value;
            if (MISSING.contains(sensorText.toLowerCase(Locale.ROOT))) {
                value = OptionalDouble.empty();
            } else if (NUMBER.matcher(sensorText).matches()) {
                value = OptionalDouble.of(Double.parseDouble(sensorText));
            } else {
                throw error("sample.sensor", line.number(), sensorText);
            }
            Phase p = Phase.REAL_SAMPLE;
            if (phase >= 0) {
                String phaseText = line.cell(phase);
                p = Phase.parse(phaseText).orElseThrow(() -> error("sample.phase", line.number(), phaseText, Phase.names()));
            }
            String cond = condition >= 0 ? line.cell(condition) : "";
            readings.add(new Reading(line.number(), t, Double.parseDouble(refText), value, p, cond));
        }
        return readings;
    }

    private int require(List<String> names, String column, CsvLine header) throws ModelException {
        int i = names.indexOf(column);
        if (i < 0) {
            throw error("sample.missingColumn", header.number(), column, String.join(",", header.cells()));
        }
        return i;
    }

    private Instant timestamp(String text, int line) throws ModelException {
        try {
            if (text.matches("\\d{4}/\\d{1,2}/\\d{1,2}\\s+\\d{1,2}:\\d{2}(:\\d{2})?")) {
                return LocalDateTime.parse(text.replaceAll("\\s+", " "), SLASHED).toInstant(ZoneOffset.UTC);
            }
            String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+", "$1T");
            if (iso.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error("sample.timestamp", line, text);
        }
    }

    private ModelException error(String key, Object... args) {
        return new ModelException(source, Messages.get(key, args));
    }
}
