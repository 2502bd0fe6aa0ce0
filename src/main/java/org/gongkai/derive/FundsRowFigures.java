package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.FundsRow;

/**
 * A funds row with its execution rate B/A derived, and whether the rate the document printed agrees
 * with it at the precision it was printed (93.3% agrees with 554.07/593.57; 93.4% would not).
 * {@code statedAgrees} is null when nothing comparable was printed.
 */
public record FundsRowFigures(FundsRow row, BigDecimal rate, Boolean statedAgrees) {

    public boolean statedDisagrees() {
        return Boolean.FALSE.equals(statedAgrees);
    }

    /** Whether the rate shown is gongkai's own: the document printed none, or another one. */
    public boolean rateDerived() {
        return !Boolean.TRUE.equals(statedAgrees);
    }
}
