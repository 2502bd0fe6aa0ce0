package org.gongkai.derive;

import org.gongkai.model.Indicator;

/**
 * One 三级 row of an indicator table as the published layout prints it: the 一级 and 二级 cells are
 * merged down, so only the first row of a group carries them, with the number of rows they span.
 */
public record IndicatorRow(
        Indicator indicator,
        String group,
        int groupSpan,
        String subgroup,
        int subgroupSpan) {

    public boolean startsGroup() {
        return groupSpan > 0;
    }

    public boolean startsSubgroup() {
        return subgroupSpan > 0;
    }
}
