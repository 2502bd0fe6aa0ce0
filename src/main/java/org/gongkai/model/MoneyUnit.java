package org.gongkai.model;

import java.math.BigDecimal;

/** The unit a file's amounts are written in. */
public enum MoneyUnit implements Labeled {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", new BigDecimal("10000")),
    YI_YUAN("亿元", new BigDecimal("100000000"));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    @Override
    public String label() {
        return label;
    }

    /** How many 元 one of this unit is. */
    public BigDecimal yuan() {
        return yuan;
    }

    /** {@code value} in this unit, expressed in {@code target}; keeps at least the digits written. */
    public BigDecimal convert(BigDecimal value, MoneyUnit target) {
        if (value == null || target == this) {
            return value;
        }
        BigDecimal converted = value.multiply(yuan).divide(target.yuan, value.scale() + 8, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return converted.scale() < value.scale() ? converted.setScale(value.scale()) : converted;
    }
}
