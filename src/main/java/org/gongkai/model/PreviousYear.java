package org.gongkai.model;

import java.math.BigDecimal;

/** Last year's figures as the document states them. */
public record PreviousYear(
        Integer year,
        BigDecimal total,
        BigDecimal fiscalTotal,
        BigDecimal generalBudgetExpenditure,
        BigDecimal threePublic,
        BigDecimal reception,
        BigDecimal operatingCosts,
        BigDecimal basic,
        BigDecimal project,
        Origin origin) {
}
