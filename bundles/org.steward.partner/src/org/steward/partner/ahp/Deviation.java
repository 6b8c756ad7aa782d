package org.steward.partner.ahp;

/**
 * How far one judgement is from what the derived weights imply.
 *
 * @param row             the criterion of the row
 * @param column          the criterion of the column
 * @param given           the judgement a_ij as entered
 * @param implied         w_i / w_j, the judgement that would be perfectly consistent with the weights
 * @param logDeviation    |ln(a_ij · w_j / w_i)|, 0 for a judgement in line with the weights
 */
public record Deviation(String row, String column, double given, double implied, double logDeviation) {
}
