package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Indicator;

/**
 * One indicator of a 绩效自评 as the indicator comparison pages show it: a target split into 指标性质,
 * 指标值 and 度量单位 is shown as the one text they make (≥120家), since those pages have no such columns.
 */
public record IndicatorValue(String name, String code, String target, String actual, Boolean achieved,
        BigDecimal weight, BigDecimal score) {

    static IndicatorValue of(IndicatorRow row) {
        Indicator indicator = row.indicator();
        return new IndicatorValue(indicator.name(), indicator.code(), SplitTarget.targetText(indicator),
                SplitTarget.actualText(indicator),
                row.achieved(), indicator.weight(), indicator.score());
    }
}
