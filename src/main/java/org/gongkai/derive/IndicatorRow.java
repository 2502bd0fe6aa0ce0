package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Indicator;

/**
 * One 三级 row of an indicator table as the published layout prints it: the 一级 and 二级 cells are
 * merged down, so only the first row of a group carries them, with the number of rows they span.
 * The target and actual are also read as data: whether the target was met (null when that cannot
 * be derived) and the score the indicator's scoring rule gives (null without a rule).
 */
public record IndicatorRow(
        Indicator indicator,
        String group,
        int groupSpan,
        String subgroup,
        int subgroupSpan,
        Target target,
        Target actual,
        Boolean achieved,
        BigDecimal suggested) {

    public boolean startsGroup() {
        return groupSpan > 0;
    }

    public boolean startsSubgroup() {
        return subgroupSpan > 0;
    }

    /** Whether the rule gives another score than the unit gave itself. */
    public boolean suggestionDiffers() {
        return suggested != null && indicator.score() != null && suggested.compareTo(indicator.score()) != 0;
    }
}
