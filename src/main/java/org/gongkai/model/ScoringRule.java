package org.gongkai.model;

import java.math.BigDecimal;

/**
 * A 评分标准 as data, so that gongkai can suggest the score it gives. Percentages are written as in
 * the rule ("90%"); {@code value} overrides the actual figure read from the 实际完成值 text.
 *
 * @param full bands: 满分 from this value; execution-rate: full marks from this rate
 * @param pass bands: 合格 at this value
 * @param zero bands: 零分 at or below this value
 * @param passScore bands: the share of the weight 合格 earns, in percent (default 60)
 * @param target proportional: the figure to reach, when the 指标值 is not one number
 * @param perCase deduction: points taken per case
 * @param cases deduction: the number of cases found
 * @param scale decimals of the suggested score (default 2)
 * @param rounding half-up (default), down or up
 * @param cap whether the score stops at the weight (default true)
 * @param base execution-rate and steps on a funds table: the rate's denominator, {@code budget} (全年预算数 or
 *     调整后预算数, default) or {@code initial} (年初预算数)
 * @param steps steps: from the highest {@code from} down, the points from each figure on; 0 below the last
 */
public record ScoringRule(
        @Required RuleType type,
        String full,
        String pass,
        String zero,
        BigDecimal passScore,
        String target,
        String value,
        BigDecimal perCase,
        BigDecimal cases,
        Integer scale,
        String rounding,
        Boolean cap,
        String base,
        java.util.List<ScoringStep> steps,
        Origin origin) {
}
