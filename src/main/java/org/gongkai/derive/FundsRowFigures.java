package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.FundsRow;

/** A funds row with its execution rate B/A derived. */
public record FundsRowFigures(FundsRow row, BigDecimal rate) {
}
