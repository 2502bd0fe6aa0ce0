package org.gongkai.model;

import java.util.List;

/** 二级指标 with its 三级 indicators. */
public record IndicatorSubgroup(@Required String group, @Required List<Indicator> items, Origin origin) {
}
