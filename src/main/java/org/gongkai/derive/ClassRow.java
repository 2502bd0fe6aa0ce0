package org.gongkai.derive;

import java.math.BigDecimal;

/** Spending of one 功能分类 类 across the three kinds of fiscal money (表1 and 表4). */
public record ClassRow(String code, String name, BigDecimal generalBudget, BigDecimal governmentFund,
        BigDecimal stateCapital, BigDecimal total) {
}
