package org.gongkai.model;

import java.math.BigDecimal;

/** A 支出经济分类 line. */
public record EconomicItem(String code, @Required String name, @Required BigDecimal amount, Origin origin) {
}
