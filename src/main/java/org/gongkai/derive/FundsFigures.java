package org.gongkai.derive;

import java.util.List;
import org.gongkai.model.Funds;

/** The funds table with its rates, and which optional columns it needs. */
public record FundsFigures(Funds funds, FundsRowFigures total, List<FundsRowFigures> sources, boolean hasInitial) {

    public String label() {
        return funds.label() == null ? "资金投入情况" : funds.label();
    }
}
