package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group of indicators at any level (一级, 二级, …, or a block such as 绩效指标(90分) above the 一级):
 * its indicators directly ({@code items}), its lower groups ({@code subgroups}), or both, items first.
 * {@code statedWeight} is the weight its header prints, if any; {@code statedScore} the score the document
 * prints for the whole group (一级指标 | 得分 | 二级指标 | 得分 …), checked against the scores under it;
 * {@code subtotal} the 小计 row the document prints below the group's indicators, if it prints one.
 */
public record IndicatorGroup(
        @Required String group,
        BigDecimal statedWeight,
        BigDecimal statedScore,
        GroupSubtotal subtotal,
        List<IndicatorGroup> subgroups,
        List<Indicator> items,
        Origin origin) {

    public IndicatorGroup {
        subgroups = subgroups == null ? List.of() : subgroups;
        items = items == null ? List.of() : items;
    }
}
