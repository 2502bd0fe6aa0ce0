package org.gongkai.derive;

import java.util.List;

/**
 * A 指标值 or 实际完成值 read as data: its quantitative parts, or none when it is qualitative
 * (显著提升, 有所提高, 逐步推开). The text the clerk wrote is kept for display.
 */
public record Target(String text, List<Measure> measures) {

    public boolean isQuantitative() {
        return !measures.isEmpty();
    }

    /** The measures with the given unit, in order. */
    public List<Measure> withUnit(String unit) {
        return measures.stream().filter(m -> m.unit().equals(unit)).toList();
    }
}
