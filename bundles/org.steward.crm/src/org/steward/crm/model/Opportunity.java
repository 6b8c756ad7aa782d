package org.steward.crm.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An opportunity of the pipeline.
 *
 * @param number         商机编号, e.g. O001
 * @param customer       客户名称
 * @param project        项目名称
 * @param stage          接触阶段
 * @param probability    成单概率 as a fraction 0..1, if given as a percentage
 * @param amountText     预计金额 as written
 * @param amountYuan     the amount in yuan when the text states one (万 = 10,000)
 * @param expectedText   预计签约时间 as written
 * @param expectedDate   the date in it, if any
 * @param owner          跟进人
 * @param lastFollowUp   最后跟进
 * @param details        the bullet list of the 商机详情 section, key → text (nested bullets joined by "; ")
 * @param nextSteps      the 跟进计划 items
 */
public record Opportunity(String number, String customer, String project, String stage, Optional<Double> probability,
                          String amountText, Optional<Double> amountYuan, String expectedText, Optional<LocalDate> expectedDate,
                          String owner, String lastFollowUp, Map<String, String> details, List<String> nextSteps) {
}
