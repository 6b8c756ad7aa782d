package com.example.steward.phcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV of pH readings: a header line {@code timestamp,ph}, then one reading per line. Errors name the
 * file, the line and the field, as Steward's guide asks of every reader.
 */
public final class PhReadings {

    /** One reading as written in the file. */
    public record Reading(int line, String timestamp, double ph) {
    }

    private PhReadings() {
    }

    public static List<Reading> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase("timestamp,ph")) {
            throw new IOException(file.getFileName() + ":1: the header must be 'timestamp,ph'");
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] fields = text.split(",", -1);
            if (fields.length != 2) {
                throw new IOException(file.getFileName() + ":" + (i + 1) + ": expected 2 fields (timestamp,ph), found "
                        + fields.length);
            }
            readings.add(new Reading(i + 1, fields[0].strip(), parsePh(file, i + 1, fields[1].strip())));
        }
        return readings;
    }

    private static double parsePh(Path file, int line, String text) throws IOException {
        try {
            double ph = Double.parseDouble(text);
            if (ph < 0 || ph > 14 || Double.isNaN(ph)) {
                throw new IOException(file.getFileName() + ":" + line + ": field ph: " + text + " is outside 0–14");
            }
            return ph;
        } catch (NumberFormatException e) {
            throw new IOException(file.getFileName() + ":" + line + ": field ph: '" + text + "' is not a number", e);
        }
    }
}
