package org.gongkai.model;

import java.math.BigDecimal;

/** 三级指标: one row of the indicator table. Targets and actuals stay the text the clerk wrote. */
public record Indicator(
        @Required String name,
        String code,
        String target,
        String actual,
        BigDecimal weight,
        String standard,
        BigDecimal score,
        BigDecimal reviewScore,
        String reason,
        String note,
        ScoringRule rule,
        Origin origin) {
}
