package org.steward.crm.model;

import java.util.Map;

/**
 * A referral source: a person of the 核心转介绍资源 section or a row of the 其他渠道 table.
 *
 * @param name   the person's or channel's name
 * @param kind   {@code person} or {@code channel}
 * @param fields the rest of what the overview says, in order
 */
public record Referral(String name, String kind, Map<String, String> fields) {
}
