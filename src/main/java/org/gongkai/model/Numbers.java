package org.gongkai.model;

import java.math.BigDecimal;

/**
 * How figures are written, on pages and in messages alike. Amounts keep the digits the clerk wrote
 * (54.60 stays 54.60); scores drop trailing zeros (99, 0.5); rates carry their derived precision and
 * a percent sign. A missing figure is written as nothing.
 */
public final class Numbers {

    private Numbers() {
    }

    public static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public static String score(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static String percent(BigDecimal value) {
        return value == null ? "" : value.toPlainString() + "%";
    }
}
