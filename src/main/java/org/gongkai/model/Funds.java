package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 资金投入情况 / 预算执行情况: the year's total and its sources, with the points the block carries, and
 * the columns the table prints with their printed headings (by default the columns there is data for).
 * {@code method} is the 得分计算方法 the table prints beside the score (执行率*该指标分值，最高不得超过分值上限);
 * the score gongkai computes comes from {@code rule}.
 */
public record Funds(
        String label,
        BigDecimal weight,
        BigDecimal score,
        @Required FundsRow total,
        List<FundsRow> sources,
        ScoringRule rule,
        String method,
        Map<FundsColumn, String> columns,
        Origin origin) {
}
