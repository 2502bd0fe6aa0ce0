package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.ReportKind;
import org.gongkai.model.TableUnits;

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
        /** A total's share of itself (100, at the site's decimals): the 占比 of a table's 合计 row. */
        BigDecimal wholeShare,
        Map<KeyFigure, BigDecimal> keyFigures,
        Integer previousYear,
        String previousSource,
        List<YearOverYear> changes,
        List<PreviousYearConflict> conflicts,
        TableUnits units,
        /** The tables printed in a unit other than the report's: the same report's figures in that unit. */
        Map<BuiltInTable, FinalAccountsFigures> inOwnUnit) implements ReportFigures {

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
        return unit(BuiltInTable.THREE_PUBLIC.label());
    }

    /** The money unit the built-in table of this kind is printed in (the report's for any other kind). */
    public String unit(String kind) {
        return TableUnits.builtIn(kind, ReportKind.FINAL_ACCOUNTS).map(units::of)
                .orElse(accounts.header().moneyUnit()).label();
    }

    /**
     * The figures the built-in table of this kind is printed from: these, or, for a table printed in a unit of
     * its own, the same report's in that unit (its own block as written, the others converted exactly).
     */
    public FinalAccountsFigures printed(String kind) {
        return TableUnits.builtIn(kind, ReportKind.FINAL_ACCOUNTS).map(inOwnUnit::get).orElse(this);
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
