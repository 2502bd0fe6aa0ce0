package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 资金投入情况 / 预算执行情况: the year's total and its sources, with the points the block carries, and
 * the columns the table prints with their printed headings (by default the columns there is data for).
 */
public record Funds(
        String label,
        BigDecimal weight,
        BigDecimal score,
        @Required FundsRow total,
        List<FundsRow> sources,
        ScoringRule rule,
        Map<FundsColumn, String> columns,
        Origin origin) {
}
