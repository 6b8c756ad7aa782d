package org.steward.tracing.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.steward.core.model.ModelException;
import org.steward.tracing.detect.Observation;

/**
 * Reads sensor readings from a UTF-8 CSV {@code sensor,parameter,timestamp,value}: optional header line starting
 * with {@code sensor,}, {@code #} comment and blank lines ignored, timestamps ISO-8601 with {@code Z} or an offset
 * ({@code 2026-11-23T08:00:00Z}, {@code 2026-11-23T16:00:00+08:00}). Returned sorted by time (stable).
 */
final class ReadingsCsv {
    private ReadingsCsv() {
    }

    static List<Observation> read(String modelId, Path file) throws ModelException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ModelException(modelId, String.format(Messages.get("readings.encoding"), name));
        } catch (IOException e) {
            throw new ModelException(modelId, String.format(Messages.get("readings.io"), name, e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Observation> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty() || line.startsWith("#") || out.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("sensor,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                throw error(modelId, name, no, String.format(Messages.get("readings.fields"), f.length));
            }
            String sensor = f[0].strip();
            String parameter = f[1].strip().toLowerCase(Locale.ROOT);
            if (sensor.isEmpty() || parameter.isEmpty()) {
                throw error(modelId, name, no, Messages.get("readings.empty"));
            }
            Instant time;
            try {
                time = OffsetDateTime.parse(f[2].strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw error(modelId, name, no, String.format(Messages.get("readings.time"), f[2].strip()));
            }
            double value;
            try {
                value = Double.parseDouble(f[3].strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value)) {
                throw error(modelId, name, no, String.format(Messages.get("readings.value"), f[3].strip()));
            }
            out.add(new Observation(sensor, parameter, time, value));
        }
        if (out.isEmpty()) {
            throw new ModelException(modelId, String.format(Messages.get("readings.none"), name));
        }
        out.sort(Comparator.comparing(Observation::time));
        return out;
    }

    private static ModelException error(String modelId, String file, int line, String message) {
        return new ModelException(modelId, file + ":" + line + ": " + message);
    }
}
