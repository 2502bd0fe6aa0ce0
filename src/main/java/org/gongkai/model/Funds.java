package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/** 资金投入情况 / 预算执行情况: the year's total and its sources, with the points the block carries. */
public record Funds(
        String label,
        BigDecimal weight,
        BigDecimal score,
        @Required FundsRow total,
        List<FundsRow> sources,
        ScoringRule rule,
        Origin origin) {
}
