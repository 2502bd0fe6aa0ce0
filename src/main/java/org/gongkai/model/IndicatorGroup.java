package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group of indicators at any level (一级, 二级, …, or a block such as 绩效指标(90分) above the 一级):
 * its indicators directly ({@code items}), its lower groups ({@code subgroups}), or both, items first.
 * {@code statedWeight} is the weight its header prints, if any.
 */
public record IndicatorGroup(
        @Required String group,
        BigDecimal statedWeight,
        List<IndicatorGroup> subgroups,
        List<Indicator> items,
        Origin origin) {

    public IndicatorGroup {
        subgroups = subgroups == null ? List.of() : subgroups;
        items = items == null ? List.of() : items;
    }
}
