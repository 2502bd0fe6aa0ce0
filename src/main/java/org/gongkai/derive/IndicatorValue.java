package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Indicator;

/** One indicator of a 绩效自评 as the indicator comparison pages show it. */
public record IndicatorValue(String name, String code, String target, String actual, Boolean achieved,
        BigDecimal weight, BigDecimal score) {

    static IndicatorValue of(IndicatorRow row) {
        Indicator indicator = row.indicator();
        return new IndicatorValue(indicator.name(), indicator.code(), indicator.target(), indicator.actual(),
                row.achieved(), indicator.weight(), indicator.score());
    }
}
