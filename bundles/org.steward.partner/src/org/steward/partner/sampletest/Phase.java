package org.steward.partner.sampletest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The test step a reading belongs to, written in the {@code phase} column in lower case. */
public enum Phase {
    INDICATION, REPEATABILITY, ZERO_DRIFT, SPAN_DRIFT, RESPONSE, MEMORY, REAL_SAMPLE;

    /** The name used in CSV files, e.g. {@code zero_drift}. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Phase> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(p -> p.csvName().equals(t)).findFirst();
    }

    /** All CSV names, comma separated, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Phase::csvName).toList());
    }
}
