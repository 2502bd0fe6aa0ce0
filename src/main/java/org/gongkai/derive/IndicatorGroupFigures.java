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

    /** The 小计 row the document prints below the group, beside gongkai's sums (null where it prints none). */
    public IndicatorSubtotal subtotal() {
        return group.subtotal() == null ? null : new IndicatorSubtotal(group.group(), 0, group.subtotal(), weight, score);
    }
}
