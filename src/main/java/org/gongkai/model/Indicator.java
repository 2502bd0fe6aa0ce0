package org.gongkai.model;

import java.math.BigDecimal;

/**
 * One indicator row of the indicator table (三级指标, or a row of a flat list). Targets and actuals stay
 * the text the clerk wrote. Where the table splits its target into 指标性质, 指标值 and 度量单位,
 * {@code nature}, {@code target} and {@code unit} hold the three as printed and are read together.
 *
 * @param nature 指标性质 as printed: =, ≤, ≥, 定性 (定量指标/定性指标 in some provinces)
 * @param unit 度量单位 / 计量单位, of both the target and the actual
 * @param initialTarget 年初指标值, where the table prints it beside the adjusted {@code target}
 * @param coefficient 得分系数 in percent: the share of the weight the indicator earned
 * @param core 是否核心指标, as printed (是/否)
 * @param applicable false for an indicator the document marks 不适用
 */
public record Indicator(
        @Required String name,
        String code,
        String nature,
        String initialTarget,
        String target,
        String unit,
        String actual,
        BigDecimal weight,
        BigDecimal coefficient,
        String standard,
        BigDecimal score,
        BigDecimal reviewScore,
        String core,
        String reason,
        String note,
        Boolean applicable,
        ScoringRule rule,
        Origin origin) {

    /** Whether the document scores this indicator (it is not marked 不适用). */
    public boolean isApplicable() {
        return !Boolean.FALSE.equals(applicable);
    }
}
