package org.gongkai.model;

import java.math.BigDecimal;

/**
 * One row of the funds table: 年初预算数, 全年预算数 (A; 调整后预算数 where the table prints it), 全年执行数 (B),
 * the rate the document printed, and the 原因 it gives (预算执行率未达到90%的需说明原因).
 */
public record FundsRow(
        @Required String source,
        BigDecimal initial,
        BigDecimal budget,
        BigDecimal executed,
        String statedRate,
        String reason,
        Origin origin) {
}
