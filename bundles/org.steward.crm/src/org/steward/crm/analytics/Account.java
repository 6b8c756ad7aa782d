package org.steward.crm.analytics;

import java.util.Map;
import java.util.Optional;

/**
 * A customer as the analytics see it.
 *
 * @param record        where it came from, for messages ({@code customer/c-001.md})
 * @param id            customer number or record id
 * @param name          company name
 * @param parkType      park type (industrial-chain cluster, administrative park, agglomeration zone …), may be empty
 * @param region        地域
 * @param source        acquisition channel (转介绍, 行业展会, 主动开发 …), may be empty
 * @param referredBy    the person or customer who referred it, may be empty
 * @param revenueYuan   the customer's own annual revenue (年营收), for ABC grading
 * @param annualValueYuan what the customer is expected to pay us per year, for lifetime value
 * @param marginRate    this customer's margin rate, overriding the settings
 * @param expectedYears this customer's expected relationship length in years, overriding the settings
 * @param health        health dimension id → level ({@code green}, {@code yellow}, {@code red})
 */
public record Account(String record, String id, String name, String parkType, String region, String source, String referredBy,
                      Optional<Double> revenueYuan, Optional<Double> annualValueYuan, Optional<Double> marginRate,
                      Optional<Integer> expectedYears, Map<String, String> health) {
    public Account {
        health = Map.copyOf(health);
    }

    /** True when {@code ref} names this customer by id or by name. */
    public boolean isNamed(String ref) {
        String r = ref.strip();
        return !r.isEmpty() && (r.equalsIgnoreCase(id) || r.equals(name));
    }
}
