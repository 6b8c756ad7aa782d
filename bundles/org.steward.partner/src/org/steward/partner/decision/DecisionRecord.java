package org.steward.partner.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision record ({@code partners/decision.md}): which vendors were chosen and why, and the evaluation files behind
 * the choice. Paths are relative to the record's folder (docs/models/partner.md, "Decision record").
 *
 * @param file           the record's file name, for messages
 * @param title          title of the report
 * @param date           date of the decision, as written
 * @param vendors        vendors folder, if screening is part of the record
 * @param rules          screening rules file (needs {@code vendors})
 * @param ahp            AHP pairwise matrix CSV, if any
 * @param topsis         TOPSIS decision matrix CSV, if any
 * @param weightsFromAhp whether the TOPSIS weights are replaced by the AHP weights (criteria matched by name)
 * @param sampleTests    vendor (id or TOPSIS alternative) → sample-test CSV
 * @param range          measuring range for the sample tests (upper limit, data unit)
 * @param chosen         chosen vendors, in order of preference
 * @param reasons        vendor → reason, in the user's words
 * @param body           Markdown body (discussion), copied into the report
 * @param lines          field name → line in the file, for messages
 */
public record DecisionRecord(String file, String title, String date, Optional<String> vendors, Optional<String> rules, Optional<String> ahp,
        Optional<String> topsis, boolean weightsFromAhp, Map<String, String> sampleTests, double range, List<String> chosen,
        Map<String, String> reasons, String body, Map<String, Integer> lines) {

    public DecisionRecord {
        sampleTests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sampleTests));
        chosen = List.copyOf(chosen);
        reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
        lines = Map.copyOf(lines);
    }

    /** The line of a field (0 when absent). */
    public int line(String field) {
        return lines.getOrDefault(field, 0);
    }
}
