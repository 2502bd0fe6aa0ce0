package org.gongkai.derive;

/**
 * A body line of 表1 收入支出决算总表: an income item beside a 功能分类 类 of spending; either side is null
 * where the other side has more lines.
 */
public record SummaryRow(AmountRow income, ClassRow expenditure) {
}
