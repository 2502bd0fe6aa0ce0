package org.gongkai.model;

import java.util.List;

/**
 * 部门决算 (or 单位决算, as {@code scope} says): the 决算说明 figures and the standard 公开表. Every amount is
 * in the header's money unit. {@code composition} is a 部门决算's 决算单位构成, in the order printed.
 */
public record FinalAccounts(
        @Inline ReportHeader header,
        java.math.BigDecimal insured,
        @Required Income income,
        @Required Expenditure expenditure,
        Balances balances,
        FundAccount generalBudget,
        BasicExpenditure basicExpenditure,
        ThreePublic threePublic,
        FundAccount governmentFund,
        FundAccount stateCapital,
        java.math.BigDecimal operatingCosts,
        Procurement procurement,
        Assets assets,
        List<GlossaryEntry> glossary,
        PreviousYear previousYear,
        Explanations explanations,
        List<TableEntry> tables,
        List<Part> parts,
        java.util.Map<String, String> stated,
        Origin origin,
        AccountsScope scope,
        List<CompositionUnit> composition,
        /** The YAML as the clerk wrote it, read once by the loader and published beside the page as source.yaml. */
        @FromPath String yaml) implements Report {

    /** This report with its amounts replaced block by block (expressed in another money unit, say). */
    public FinalAccounts withAmounts(Income income, Expenditure expenditure, Balances balances, FundAccount generalBudget,
            BasicExpenditure basicExpenditure, ThreePublic threePublic, FundAccount governmentFund,
            FundAccount stateCapital, java.math.BigDecimal operatingCosts, Procurement procurement,
            PreviousYear previousYear) {
        return new FinalAccounts(header, insured, income, expenditure, balances, generalBudget, basicExpenditure, threePublic,
                governmentFund, stateCapital, operatingCosts, procurement, assets, glossary, previousYear, explanations, tables,
                parts, stated, origin, scope, composition, yaml);
    }
}
