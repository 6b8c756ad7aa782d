package org.steward.crm.model;

/**
 * One dimension of the customer health assessment.
 *
 * @param dimension 维度, e.g. 关系强度
 * @param rating    评分 text without its traffic-light emoji, e.g. 优秀
 * @param level     the traffic light: green, yellow, red, or unknown
 * @param note      说明
 */
public record HealthItem(String dimension, String rating, String level, String note) {
}
