package org.gongkai.derive;

import java.math.BigDecimal;

/** A row of the "三公"经费 table; {@code level} 0 合计, 1 an item, 2 an 其中 line. */
public record ThreePublicRow(String label, int level, BigDecimal budget, BigDecimal actual, BigDecimal completion,
        BigDecimal share) {
}
