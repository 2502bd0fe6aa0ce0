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

    /** Which of 表5–表9 the data has: rows, an empty table, or figures the report does not write. */
    public AccountsTables tables() {
        return AccountsTables.of(this);
    }

    /** 国有资产占有使用情况 by kind, only the counts the report gives (null without the block). */
    public AssetCounts assetCounts() {
        return AssetCounts.of(accounts.assets());
    }

    /** The body of 表1: income items beside the 功能分类 类 of spending, line by line. */
    public List<SummaryRow> summaryRows() {
        List<ClassRow> spending = new java.util.ArrayList<>(classes);
        if (unclassified != null) {
            spending.add(unclassified);
        }
        List<SummaryRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), spending.size()); i++) {
            rows.add(new SummaryRow(i < income.size() ? income.get(i) : null, i < spending.size() ? spending.get(i) : null));
        }
        return rows;
    }

    /** The changes from last year the 说明 states, by name. */
    public KeyChanges keyChanges() {
        return KeyChanges.of(changes);
    }
}
