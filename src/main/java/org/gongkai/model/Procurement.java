package org.gongkai.model;

import java.math.BigDecimal;

/** 政府采购支出. */
public record Procurement(
        BigDecimal goods,
        BigDecimal works,
        BigDecimal services,
        BigDecimal sme,
        BigDecimal smallMicro,
        Origin origin) {
}
