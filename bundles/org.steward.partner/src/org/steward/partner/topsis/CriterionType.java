package org.steward.partner.topsis;

import java.util.Locale;
import java.util.Optional;

/** Whether more of a criterion is better (benefit) or worse (cost). */
public enum CriterionType {
    BENEFIT, COST;

    /** Reads {@code benefit} or {@code cost}, any case. */
    public static Optional<CriterionType> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "benefit" -> Optional.of(BENEFIT);
            case "cost" -> Optional.of(COST);
            default -> Optional.empty();
        };
    }
}
