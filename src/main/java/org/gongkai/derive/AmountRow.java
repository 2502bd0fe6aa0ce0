package org.gongkai.derive;

import java.math.BigDecimal;

/** A labelled amount with its share of the table's total; {@code level} 0 is a main row, 1 an 其中 row. */
public record AmountRow(String label, BigDecimal amount, BigDecimal share, int level) {
}
