package org.gongkai.model;

import java.math.BigDecimal;

/** 本年收入 by source. Absent sources are zero. */
public record Income(
        BigDecimal generalBudget,
        BigDecimal governmentFund,
        BigDecimal stateCapital,
        BigDecimal superiorSubsidy,
        BigDecimal business,
        BigDecimal operating,
        BigDecimal affiliated,
        BigDecimal other,
        Origin origin) {
}
