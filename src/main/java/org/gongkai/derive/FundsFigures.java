package org.gongkai.derive;

import java.util.List;
import org.gongkai.model.Funds;

/** The funds table with its rates, which optional columns it needs, and the score its rule gives. */
public record FundsFigures(Funds funds, FundsRowFigures total, List<FundsRowFigures> sources, boolean hasInitial,
        java.math.BigDecimal suggested) {

    public String label() {
        return funds.label() == null ? "资金投入情况" : funds.label();
    }
}
