package org.gongkai.derive;

import java.util.List;
import org.gongkai.model.MoneyUnit;

/**
 * A unit's key figures across all its years: from each year's 决算, from the previous-year figures a
 * later 决算 states where that year has no report of its own, and the self-evaluation totals.
 */
public record UnitTimeline(String unitId, List<Integer> years, MoneyUnit moneyUnit, List<TimelineRow> rows,
        List<Integer> statedOnly) {

    public boolean isEmpty() {
        return years.isEmpty() || rows.isEmpty();
    }
}
