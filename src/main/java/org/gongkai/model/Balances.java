package org.gongkai.model;

import java.math.BigDecimal;

/** 结转结余 around the year's income and expenditure. */
public record Balances(
        BigDecimal nonFiscalUsed,
        BigDecimal opening,
        BigDecimal distribution,
        BigDecimal closing,
        Origin origin) {
}
