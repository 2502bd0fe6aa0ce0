package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * One quantitative part of a target or an actual: an optional label (药品网采率), how it compares,
 * a number and a unit (%, 家, 万人, 分钟; empty when none). Dates are numbers too (yyyyMMdd in
 * 日期, MMdd in 月日), and timeliness is 1 (按时) or 0 (未按时).
 */
public record Measure(String label, Comparison comparison, BigDecimal value, String unit) {

    /** Whether this is a count or an amount, not a day or timeliness. */
    public boolean isFigure() {
        return !unit.equals(TargetParser.DATE) && !unit.equals(TargetParser.DAY_OF_YEAR) && !unit.equals(TargetParser.ON_TIME);
    }

    /** ≥90%, 7家, ≤20221231日期, ≤12月底, 按时 */
    @Override
    public String toString() {
        if (unit.equals(TargetParser.ON_TIME)) {
            return value.signum() == 0 ? "未按时" : "按时";
        }
        String sign = comparison == Comparison.REACH ? "" : comparison.symbol();
        if (unit.equals(TargetParser.DAY_OF_YEAR)) {
            int month = value.intValue() / 100;
            int day = value.intValue() % 100;
            return sign + (month > 12 ? "次年" + (month - 12) : month) + "月" + (day == 31 ? "底" : day + "日");
        }
        return sign + value.toPlainString() + unit;
    }
}
