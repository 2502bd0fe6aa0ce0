package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/** 一级指标 with its 二级 groups; {@code statedWeight} is the weight its header prints, if any. */
public record IndicatorGroup(
        @Required String group,
        BigDecimal statedWeight,
        @Required List<IndicatorSubgroup> subgroups,
        Origin origin) {
}
