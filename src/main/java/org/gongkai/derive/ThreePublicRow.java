package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * A row of the "三公"经费 table; {@code level} 0 合计, 1 an item, 2 an 其中 line. {@code sum} when its budget and
 * actual are gongkai's sums of other rows (合计, 公务用车购置及运行维护费), not amounts the YAML writes.
 */
public record ThreePublicRow(String label, int level, boolean sum, BigDecimal budget, BigDecimal actual,
        BigDecimal completion, BigDecimal share) {
}
