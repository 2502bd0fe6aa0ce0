package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.FinalAccounts;

/** Everything a 部门决算 page shows that is derived from the raw amounts. */
public record FinalAccountsFigures(
        FinalAccounts accounts,
        List<AmountRow> income,
        BigDecimal incomeTotal,
        List<AmountRow> expenditure,
        BigDecimal expenditureTotal,
        BigDecimal incomeGrandTotal,
        BigDecimal expenditureGrandTotal,
        List<ClassRow> classes,
        ClassRow unclassified,
        ClassRow classTotal,
        FundTable generalBudget,
        FundTable governmentFund,
        FundTable stateCapital,
        List<AmountRow> basic,
        BigDecimal basicTotal,
        List<ThreePublicRow> threePublic,
        List<AmountRow> procurement,
        BigDecimal procurementTotal,
        BigDecimal fiscalIncome,
        List<YearOverYear> changes) implements ReportFigures {

    @Override
    public FinalAccounts report() {
        return accounts;
    }
}
