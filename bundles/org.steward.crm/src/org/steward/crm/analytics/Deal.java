package org.steward.crm.analytics;

import java.util.Optional;

/**
 * An opportunity as the analytics see it.
 *
 * @param record      where it came from ({@code opportunity/O001.md})
 * @param id          商机编号
 * @param customer    the customer's id or name
 * @param project     项目名称
 * @param stage       the canonical stage name (aliases resolved through the settings)
 * @param probability the probability the record states, overriding the stage's
 * @param amountYuan  预计金额 in yuan, when stated
 * @param lostAt      for a lost opportunity, the stage it had reached (for the funnel), may be empty
 */
public record Deal(String record, String id, String customer, String project, String stage, Optional<Double> probability,
                   Optional<Double> amountYuan, String lostAt) {
}
