package org.steward.partner.sampletest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One performance figure of a sensor test.
 *
 * @param id      stable key: indicationError, repeatability, zeroDrift, spanDrift, responseTime, memoryEffect,
 *                validDataRate, realSampleComparison
 * @param status  pass, fail or not tested (no data for it)
 * @param value   the figure (NaN when not tested)
 * @param unit    its unit, e.g. {@code %}, {@code % of range}, {@code min}
 * @param limit   the limit it was judged against
 * @param rule    how value and limit compare, e.g. {@code |value| <= limit}
 * @param n       readings used
 * @param reason  why it was not tested; empty otherwise
 * @param details intermediate numbers (levels, first reading …) for checking by hand
 */
public record Figure(String id, Status status, double value, String unit, double limit, String rule, int n, String reason,
                     Map<String, Object> details) {

    public enum Status {
        PASS, FAIL, NOT_TESTED;

        public String text() {
            return this == NOT_TESTED ? "not tested" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Figure {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    static Figure judged(String id, double value, String unit, double limit, String rule, boolean pass, int n,
                         Map<String, Object> details) {
        return new Figure(id, pass ? Status.PASS : Status.FAIL, value, unit, limit, rule, n, "", details);
    }

    static Figure notTested(String id, String unit, double limit, String rule, String reason) {
        return new Figure(id, Status.NOT_TESTED, Double.NaN, unit, limit, rule, 0, reason, Map.of());
    }

    /** As written into result.json. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.text());
        if (status != Status.NOT_TESTED) {
            m.put("value", value);
        }
        m.put("unit", unit);
        m.put("limit", limit);
        m.put("rule", rule);
        if (status == Status.NOT_TESTED) {
            m.put("reason", reason);
        } else {
            m.put("n", n);
            m.put("details", details);
        }
        return m;
    }
}
