package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Funds;

/**
 * The funds table with its rates, the columns it prints (with their printed headings), and the score
 * its rule gives.
 */
public record FundsFigures(Funds funds, FundsRowFigures total, List<FundsRowFigures> sources,
        List<ColumnHeading> columns, BigDecimal suggested) {

    public String label() {
        return funds.label() == null ? "资金投入情况" : funds.label();
    }
}
