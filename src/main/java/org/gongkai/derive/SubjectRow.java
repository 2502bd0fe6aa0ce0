package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * A row of a 功能分类 table: {@code level} 1 is 类, 2 款, 3 项 (0 the 合计 row, -1 spending not
 * classified by 科目). Amounts of 类 and 款 are the sums of their items.
 */
public record SubjectRow(
        int level,
        String code,
        String name,
        BigDecimal budget,
        BigDecimal basic,
        BigDecimal project,
        BigDecimal total,
        BigDecimal completion,
        BigDecimal share) {
}
