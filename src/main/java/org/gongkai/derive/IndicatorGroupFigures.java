package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.IndicatorGroup;

/** A 一级 group's rows and its derived subtotals, beside the weight its header states. */
public record IndicatorGroupFigures(
        IndicatorGroup group,
        List<IndicatorRow> rows,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal reviewScore) {
}
