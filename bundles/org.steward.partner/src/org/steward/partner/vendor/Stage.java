package org.steward.partner.vendor;

import java.util.Locale;
import java.util.Optional;

/** The stages of the contact pipeline with a vendor, in the order they are normally reached. */
public enum Stage {
    CONTACTED("contacted"),
    SAMPLES_REQUESTED("samplesRequested"),
    SAMPLES_RECEIVED("samplesReceived"),
    TESTED("tested"),
    SHORTLISTED("shortlisted"),
    AGREEMENT_SIGNED("agreementSigned");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The field name used in a vendor record's {@code pipeline} map and in screening rules. */
    public String key() {
        return key;
    }

    /** The stage for a record key, case-insensitive; {@code -} and {@code _} are ignored ({@code samples-received}). */
    public static Optional<Stage> of(String key) {
        String k = key.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (Stage s : values()) {
            if (s.key.toLowerCase(Locale.ROOT).equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** All keys, comma separated, for error messages. */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Stage s : values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.key);
        }
        return b.toString();
    }
}
