package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/** 一般公共预算财政拨款基本支出: 人员经费 and 公用经费, with optional 经济分类 items. */
public record BasicExpenditure(
        BigDecimal personnel,
        BigDecimal public_,
        List<EconomicItem> personnelItems,
        List<EconomicItem> publicItems,
        Origin origin) {
}
