package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Indicator;

/**
 * One indicator row of an indicator table as the published layout prints it: the group cells of the
 * level columns are merged down, so a row carries only the cells of the groups it opens
 * ({@code opens}, outermost first); its name cell spans the level columns its groups leave
 * ({@code nameSpan}: a flat list, or an indicator directly under a 一级 in a table of three levels).
 * The target and actual are also read as data (a split 指标性质/指标值/度量单位 read together): whether
 * the target was met (null when that cannot be derived) and the score the indicator's scoring rule
 * gives (null without a rule).
 *
 * @param number the row's 序号, counted from 1 across the table
 * @param path the names of the groups the row is in, outermost first, joined by "/"
 * @param closes the 小计 rows the document prints after this row, of the groups below the outermost that
 *     end here, innermost first
 */
public record IndicatorRow(
        Indicator indicator,
        int number,
        List<IndicatorGroupCell> opens,
        int nameSpan,
        String path,
        Target target,
        Target actual,
        Boolean achieved,
        BigDecimal suggested,
        List<IndicatorSubtotal> closes) {

    /** The row with one more 小计 row printed after it. */
    IndicatorRow closing(IndicatorSubtotal subtotal) {
        List<IndicatorSubtotal> all = new ArrayList<>(closes);
        all.add(subtotal);
        return new IndicatorRow(indicator, number, opens, nameSpan, path, target, actual, achieved, suggested, List.copyOf(all));
    }

    /** Whether the rule gives another score than the unit gave itself. */
    public boolean suggestionDiffers() {
        return suggested != null && indicator.score() != null && suggested.compareTo(indicator.score()) != 0;
    }
}
