package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * A row of a 功能分类 table: {@code level} 1 is 类, 2 款, 3 项 (0 the 合计 row, -1 spending not
 * classified by 科目). Amounts of 类 and 款 are the sums of their items; {@code parents} names the
 * 类 and 款 above, as the 决算说明 writes them: 卫生健康支出（类）医疗救助（款）.
 */
public record SubjectRow(
        int level,
        String code,
        String name,
        String parents,
        boolean leaf,
        BigDecimal budget,
        BigDecimal basic,
        BigDecimal project,
        BigDecimal total,
        BigDecimal completion,
        BigDecimal share) {
}
