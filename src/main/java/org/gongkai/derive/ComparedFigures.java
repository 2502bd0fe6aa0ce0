package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.AccountsScope;
import org.gongkai.model.CompositionUnit;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.MoneyUnit;

/**
 * The figures of a 决算 that a year's comparison shows, in 万元, taken from the same derived figures
 * its own page shows; with what it covers: its scope and the unit-ids its 决算单位构成 names.
 */
public record ComparedFigures(
        BigDecimal grandTotal,
        YearOverYear grandTotalChange,
        BigDecimal fiscalTotal,
        BigDecimal basic,
        BigDecimal basicShare,
        BigDecimal projectSpending,
        BigDecimal projectShare,
        BigDecimal threePublic,
        YearOverYear threePublicChange,
        BigDecimal operatingCosts,
        BigDecimal perInsured,
        AccountsScope scope,
        List<String> includedUnits) {

    private static final BigDecimal WAN = new BigDecimal("10000");

    static ComparedFigures of(FinalAccountsFigures accounts, int decimals) {
        MoneyUnit from = accounts.accounts().header().moneyUnit();
        Map<KeyFigure, BigDecimal> keys = accounts.keyFigures();
        BigDecimal grand = from.convert(keys.get(KeyFigure.GRAND_TOTAL), MoneyUnit.WAN_YUAN);
        BigDecimal basic = from.convert(keys.get(KeyFigure.BASIC), MoneyUnit.WAN_YUAN);
        BigDecimal project = from.convert(keys.get(KeyFigure.PROJECT), MoneyUnit.WAN_YUAN);
        BigDecimal spending = from.convert(keys.get(KeyFigure.EXPENDITURE_TOTAL), MoneyUnit.WAN_YUAN);
        BigDecimal insured = accounts.accounts().insured();
        BigDecimal perInsured = insured == null || insured.signum() == 0 || grand == null ? null
                : grand.multiply(WAN).divide(insured, 2, RoundingMode.HALF_UP);
        return new ComparedFigures(
                grand, converted(accounts.change("GRAND_TOTAL"), from),
                from.convert(keys.get(KeyFigure.FISCAL_TOTAL), MoneyUnit.WAN_YUAN),
                basic, Ratio.percent(basic, spending, decimals),
                project, Ratio.percent(project, spending, decimals),
                from.convert(keys.get(KeyFigure.THREE_PUBLIC), MoneyUnit.WAN_YUAN),
                converted(accounts.change("THREE_PUBLIC"), from),
                from.convert(keys.get(KeyFigure.OPERATING_COSTS), MoneyUnit.WAN_YUAN),
                perInsured,
                AccountsScope.of(accounts.accounts()),
                includedUnits(accounts.accounts()));
    }

    private static List<String> includedUnits(FinalAccounts accounts) {
        if (accounts.composition() == null) {
            return List.of();
        }
        return accounts.composition().stream().map(CompositionUnit::unit).filter(Objects::nonNull).distinct().toList();
    }

    private static YearOverYear converted(YearOverYear change, MoneyUnit from) {
        if (change == null || from == MoneyUnit.WAN_YUAN) {
            return change;
        }
        return new YearOverYear(change.figure(), from.convert(change.current(), MoneyUnit.WAN_YUAN),
                from.convert(change.previous(), MoneyUnit.WAN_YUAN), from.convert(change.change(), MoneyUnit.WAN_YUAN),
                change.rate());
    }
}
