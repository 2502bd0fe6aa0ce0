package org.gongkai.derive;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.model.Indicator;

/**
 * A target the table splits into 指标性质 (=, ≤, ≥, 定性), 指标值 and 度量单位, read as the one text they
 * make together (≥ 90 % → ≥90%); the 度量单位 applies to a bare actual figure too (完成值 95 → 95%).
 * A 定性 indicator, and a 指标性质 that names no direction (定量指标), derive no 达成/未达成: the figure
 * alone does not say whether more is better.
 */
final class SplitTarget {

    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("=", "="), Map.entry("＝", "="),
            Map.entry("≥", "≥"), Map.entry("≧", "≥"), Map.entry(">=", "≥"), Map.entry("≤", "≤"), Map.entry("≦", "≤"),
            Map.entry("<=", "≤"), Map.entry(">", ">"), Map.entry("＞", ">"), Map.entry("<", "<"), Map.entry("＜", "<"),
            Map.entry("正向", "≥"), Map.entry("正向指标", "≥"), Map.entry("反向", "≤"), Map.entry("反向指标", "≤"));
    private static final Pattern BARE = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Target NOTHING = new Target(null, List.of());

    private SplitTarget() {
    }

    static Target target(Indicator indicator) {
        if (indicator.nature() == null) {
            return TargetParser.parse(withUnit(indicator.target(), indicator.unit()));
        }
        String sign = SIGNS.get(indicator.nature().strip());
        if (sign == null || indicator.target() == null) {
            return NOTHING;
        }
        return TargetParser.parse(sign + withUnit(indicator.target().strip(), indicator.unit()));
    }

    static Target actual(Indicator indicator) {
        if (indicator.nature() != null && SIGNS.get(indicator.nature().strip()) == null) {
            return NOTHING;
        }
        return TargetParser.parse(withUnit(indicator.actual(), indicator.unit()));
    }

    /**
     * The target as one text where the table splits it (≥ 120 家 → ≥120家; 定性 优良中低差 stays 优良中低差),
     * for pages that show an indicator outside its table; otherwise the target as written.
     */
    static String targetText(Indicator indicator) {
        String sign = indicator.nature() == null ? null : SIGNS.get(indicator.nature().strip());
        String value = withUnit(indicator.target(), indicator.unit());
        return sign == null || value == null ? value : sign + value.strip();
    }

    static String actualText(Indicator indicator) {
        return withUnit(indicator.actual(), indicator.unit());
    }

    /** A bare figure takes the printed 度量单位; a text that writes its own unit keeps it. */
    private static String withUnit(String value, String unit) {
        if (value == null || unit == null || !BARE.matcher(value.strip()).matches()) {
            return value;
        }
        return value.strip() + unit.strip();
    }
}
