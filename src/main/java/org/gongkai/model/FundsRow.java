package org.gongkai.model;

import java.math.BigDecimal;

/** One row of the funds table: 年初预算数, 全年预算数 (A), 全年执行数 (B), and the rate the document printed. */
public record FundsRow(
        @Required String source,
        BigDecimal initial,
        BigDecimal budget,
        BigDecimal executed,
        String statedRate,
        Origin origin) {
}
