package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
        BigDecimal generalBudgetShare,
        Map<KeyFigure, BigDecimal> keyFigures,
        Integer previousYear,
        String previousSource,
        List<YearOverYear> changes,
        List<PreviousYearConflict> conflicts) implements ReportFigures {

    @Override
    public FinalAccounts report() {
        return accounts;
    }

    /** The change of one key figure from last year, or null when last year's figure is not known. */
    public YearOverYear change(String figure) {
        KeyFigure key = KeyFigure.valueOf(figure);
        return changes.stream().filter(c -> c.figure() == key).findFirst().orElse(null);
    }

    /** The money unit the “三公” table is printed in: its own where the YAML states one, else the report's. */
    public String threePublicUnit() {
        org.gongkai.model.MoneyUnit report = accounts.header().moneyUnit();
        return (accounts.threePublic() != null ? accounts.threePublic().unit(report) : report).label();
    }

    /** 财政拨款收、支总计, or null when the report has no fiscal money. */
    public BigDecimal fiscalTotal() {
        return keyFigures.get(KeyFigure.FISCAL_TOTAL);
    }

    /** The “三公” rows by name (null without a “三公” table). */
    public ThreePublicRows threePublicRows() {
        return ThreePublicRows.of(threePublic);
    }

    /** The 政府采购 rows by name (null without 政府采购). */
    public ProcurementRows procurementRows() {
        return ProcurementRows.of(procurement);
    }

    /** The changes from last year the 说明 states, by name. */
    public KeyChanges keyChanges() {
        return KeyChanges.of(changes);
    }
}
