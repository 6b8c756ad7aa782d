package org.steward.customer;

import java.util.Locale;
import java.util.Optional;

/**
 * The three customer types of the R&amp;D strategy (rd-strategy-zh.txt), as used in {@code metadata.csv} column
 * {@code park_type} and by the classifier.
 */
public enum ParkType {
    /** 产业链集群: petrochemical, coal-chemical, livestock, slaughtering, recycling parks — strong up/downstream ties. */
    INDUSTRIAL_CHAIN("industrial_chain", "产业链集群"),
    /** 行政产业园: dyeing, tanning parks — similar processes and effluents, competitors to each other. */
    ADMINISTRATIVE_PARK("administrative_park", "行政产业园"),
    /** 省县产业集聚区: chemical, pharmaceutical, general zones — many unrelated industries, cascade use. */
    AGGLOMERATION_ZONE("agglomeration_zone", "省县产业集聚区");

    private final String key;
    private final String chinese;

    ParkType(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    public String key() {
        return key;
    }

    public String chinese() {
        return chinese;
    }

    /** Parses the key ({@code industrial_chain}…) or the Chinese name. */
    public static Optional<ParkType> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ParkType p : values()) {
            if (p.key.equals(t) || p.chinese.equals(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
