package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * One quantitative part of a target or an actual: an optional label (药品网采率), how it compares,
 * a number and a unit (%, 家, 万人, 分钟; empty when none).
 */
public record Measure(String label, Comparison comparison, BigDecimal value, String unit) {

    /** ≥90%, 7家 */
    @Override
    public String toString() {
        return (comparison == Comparison.REACH ? "" : comparison.symbol()) + value.toPlainString() + unit;
    }
}
