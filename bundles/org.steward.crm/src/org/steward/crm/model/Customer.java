package org.steward.crm.model;

import java.util.List;
import java.util.Map;

/**
 * A customer of the overview.
 *
 * @param id          customer number such as C001 (empty for pool entries without one)
 * @param name        company name
 * @param grade       {@code head} for a head customer, else the pool grade A, B or C
 * @param industry    行业
 * @param scale       规模
 * @param region      地域
 * @param status      合作状态 without its traffic-light emoji
 * @param profile     every bold {@code **key**: value} line under the name, in order, as written
 * @param basicInfo   the 基本信息 table, item → content, in order
 * @param health      the 客户健康度评估 table
 * @param needs       the 客户需求特征 list, key → text
 * @param projects    the 合作项目 lines as written (nested lines keep their indentation)
 * @param futureOpportunities the 未来机会 items
 * @param maintenance the 维护策略 items with their state
 * @param subsections the titles of the customer's {@code ####} subsections in document order
 * @param notes       lines of each subsection that are not part of its list or table (kept for export), by title
 */
public record Customer(String id, String name, String grade, String industry, String scale, String region, String status,
                       Map<String, String> profile, Map<String, String> basicInfo, List<HealthItem> health,
                       Map<String, String> needs, List<String> projects, List<String> futureOpportunities,
                       List<Task> maintenance, List<String> subsections, Map<String, List<String>> notes) {
}
