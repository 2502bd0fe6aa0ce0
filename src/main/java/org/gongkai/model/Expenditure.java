package org.gongkai.model;

import java.math.BigDecimal;

/** 本年支出 by type. Absent types are zero. */
public record Expenditure(
        BigDecimal basic,
        BigDecimal project,
        BigDecimal superiorRemittance,
        BigDecimal operating,
        BigDecimal affiliatedSubsidy,
        Origin origin) {
}
