package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Balances;
import org.gongkai.model.BasicExpenditure;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.EconomicItem;
import org.gongkai.model.Expenditure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.FundAccount;
import org.gongkai.model.Income;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.PreviousYear;
import org.gongkai.model.Procurement;
import org.gongkai.model.Split;
import org.gongkai.model.Subject;
import org.gongkai.model.TableUnits;
import org.gongkai.model.ThreePublicItems;

/** Derives the 公开表 figures of a 部门决算: totals, shares, 类/款 subtotals, 完成预算%, changes. */
public final class FinalAccountsDeriver {

    private final int decimals;

    public FinalAccountsDeriver(int decimals) {
        this.decimals = decimals;
    }

    /**
     * @param previous the same unit's 决算 of the year before, when there is one; its figures are
     *     preferred to those this document states for last year
     */
    public FinalAccountsFigures derive(FinalAccounts accounts, FinalAccountsFigures previous) {
        TableUnits units = TableUnits.of(accounts);
        MoneyUnit reportUnit = accounts.header().moneyUnit();
        if (!units.mixed()) {
            return figures(accounts, previous, units, Map.of());
        }
        // Derived once in the report's unit, where the tables meet (checks, key figures, sentences, comparisons);
        // a table printed in a unit of its own is shown from the same report expressed in that unit.
        Map<MoneyUnit, FinalAccountsFigures> byUnit = new EnumMap<>(MoneyUnit.class);
        Map<BuiltInTable, FinalAccountsFigures> printed = new EnumMap<>(BuiltInTable.class);
        units.stated().forEach((table, unit) -> {
            if (unit != reportUnit) {
                printed.put(table, byUnit.computeIfAbsent(unit,
                        u -> figures(AccountsInUnit.of(accounts, units, u), null, units, Map.of())));
            }
        });
        return figures(AccountsInUnit.of(accounts, units, reportUnit), previous, units, printed);
    }

    private FinalAccountsFigures figures(FinalAccounts accounts, FinalAccountsFigures previous, TableUnits units,
            Map<BuiltInTable, FinalAccountsFigures> printed) {
        Income in = accounts.income();
        Expenditure out = accounts.expenditure();
        Map<String, BigDecimal> incomeItems = new LinkedHashMap<>();
        incomeItems.put("一般公共预算财政拨款收入", in.generalBudget());
        incomeItems.put("政府性基金预算财政拨款收入", in.governmentFund());
        incomeItems.put("国有资本经营预算财政拨款收入", in.stateCapital());
        incomeItems.put("上级补助收入", in.superiorSubsidy());
        incomeItems.put("事业收入", in.business());
        incomeItems.put("经营收入", in.operating());
        incomeItems.put("附属单位上缴收入", in.affiliated());
        incomeItems.put("其他收入", in.other());
        Map<String, BigDecimal> expenditureItems = new LinkedHashMap<>();
        expenditureItems.put("基本支出", out.basic());
        expenditureItems.put("项目支出", out.project());
        expenditureItems.put("上缴上级支出", out.superiorRemittance());
        expenditureItems.put("经营支出", out.operating());
        expenditureItems.put("对附属单位补助支出", out.affiliatedSubsidy());
        BigDecimal incomeTotal = Sums.orZero(Sums.of(incomeItems.values().toArray(BigDecimal[]::new)));
        BigDecimal expenditureTotal = Sums.orZero(Sums.of(expenditureItems.values().toArray(BigDecimal[]::new)));
        Balances balances = accounts.balances();
        BigDecimal incomeGrandTotal = balances == null ? incomeTotal
                : Sums.of(incomeTotal, balances.nonFiscalUsed(), balances.opening());
        BigDecimal expenditureGrandTotal = balances == null ? expenditureTotal
                : Sums.of(expenditureTotal, balances.distribution(), balances.closing());

        FundTable general = fundTable(accounts.generalBudget());
        FundTable fund = fundTable(accounts.governmentFund());
        FundTable capital = fundTable(accounts.stateCapital());
        List<ClassRow> classes = classes(accounts);
        ClassRow unclassified = unclassified(accounts);
        ClassRow classTotal = new ClassRow(null, "合计", general.total().total(), fund.total().total(),
                capital.total().total(), Sums.of(general.total().total(), fund.total().total(), capital.total().total()));

        BasicExpenditure basic = accounts.basicExpenditure();
        BigDecimal basicTotal = basic == null ? null : Sums.of(basic.personnel(), basic.public_());
        List<AmountRow> basicRows = basic == null ? List.of() : basicRows(basic, basicTotal);

        Procurement procurement = accounts.procurement();
        BigDecimal procurementTotal = procurement == null ? null
                : Sums.of(procurement.goods(), procurement.works(), procurement.services());
        List<AmountRow> procurementRows = procurement == null ? List.of() : List.of(
                row("政府采购货物支出", procurement.goods(), procurementTotal, 1),
                row("政府采购工程支出", procurement.works(), procurementTotal, 1),
                row("政府采购服务支出", procurement.services(), procurementTotal, 1),
                row("授予中小企业合同金额", procurement.sme(), procurementTotal, 0),
                row("其中：授予小微企业合同金额", procurement.smallMicro(), procurementTotal, 1));

        BigDecimal fiscalIncome = Sums.of(in.generalBudget(), in.governmentFund(), in.stateCapital());
        Map<KeyFigure, BigDecimal> keys = new EnumMap<>(KeyFigure.class);
        keys.put(KeyFigure.GRAND_TOTAL, incomeGrandTotal);
        keys.put(KeyFigure.INCOME_TOTAL, incomeTotal);
        keys.put(KeyFigure.EXPENDITURE_TOTAL, expenditureTotal);
        keys.put(KeyFigure.FISCAL_TOTAL, Sums.of(fiscalIncome, general.opening(), fund.opening(), capital.opening()));
        keys.put(KeyFigure.GENERAL_BUDGET, accounts.generalBudget() == null ? null : general.total().total());
        keys.put(KeyFigure.BASIC, out.basic());
        keys.put(KeyFigure.PROJECT, out.project());
        keys.put(KeyFigure.PERSONNEL, basic == null ? null : basic.personnel());
        keys.put(KeyFigure.PUBLIC, basic == null ? null : basic.public_());
        ThreePublicItems actual = accounts.threePublic() == null ? null : accounts.threePublic().actual();
        keys.put(KeyFigure.THREE_PUBLIC, total(actual));
        keys.put(KeyFigure.ABROAD, get(actual, ThreePublicItems::abroad));
        keys.put(KeyFigure.VEHICLES, vehicles(actual));
        keys.put(KeyFigure.RECEPTION, get(actual, ThreePublicItems::reception));
        keys.put(KeyFigure.OPERATING_COSTS, accounts.operatingCosts());
        keys.put(KeyFigure.PROCUREMENT, procurementTotal);
        keys.values().removeIf(Objects::isNull);

        LastYear lastYear = lastYear(accounts, previous);
        List<YearOverYear> changes = new ArrayList<>();
        keys.forEach((figure, current) -> {
            BigDecimal before = lastYear.values().get(figure);
            if (before != null) {
                changes.add(new YearOverYear(figure, current, before, current.subtract(before),
                        Ratio.change(current, before, decimals)));
            }
        });

        return new FinalAccountsFigures(accounts,
                rows(incomeItems, incomeTotal), incomeTotal,
                rows(expenditureItems, expenditureTotal), expenditureTotal,
                incomeGrandTotal, expenditureGrandTotal,
                classes, unclassified, classTotal,
                general, fund, capital,
                basicRows, basicTotal,
                threePublic(accounts),
                procurementRows, procurementTotal,
                fiscalIncome,
                Ratio.percent(general.total().total(), expenditureTotal, decimals),
                Ratio.percent(BigDecimal.ONE, BigDecimal.ONE, decimals),
                Collections.unmodifiableMap(keys), lastYear.year(), lastYear.source(), changes, lastYear.conflicts(),
                units, Collections.unmodifiableMap(printed));
    }

    /** Last year's figures: from last year's report where there is one, else as this document states them. */
    private record LastYear(Integer year, String source, Map<KeyFigure, BigDecimal> values,
            List<PreviousYearConflict> conflicts) {
    }

    private static LastYear lastYear(FinalAccounts accounts, FinalAccountsFigures previous) {
        PreviousYear statedBlock = accounts.previousYear();
        Map<KeyFigure, BigDecimal> stated = new EnumMap<>(KeyFigure.class);
        if (statedBlock != null) {
            stated.put(KeyFigure.GRAND_TOTAL, statedBlock.total());
            stated.put(KeyFigure.FISCAL_TOTAL, statedBlock.fiscalTotal());
            stated.put(KeyFigure.GENERAL_BUDGET, statedBlock.generalBudgetExpenditure());
            stated.put(KeyFigure.BASIC, statedBlock.basic());
            stated.put(KeyFigure.PROJECT, statedBlock.project());
            stated.put(KeyFigure.THREE_PUBLIC, statedBlock.threePublic());
            stated.put(KeyFigure.RECEPTION, statedBlock.reception());
            stated.put(KeyFigure.OPERATING_COSTS, statedBlock.operatingCosts());
            stated.values().removeIf(Objects::isNull);
        }
        int year = accounts.header().year() - 1;
        if (previous == null) {
            return new LastYear(stated.isEmpty() ? null : year, "文件所述", stated, List.of());
        }
        MoneyUnit unit = accounts.header().moneyUnit();
        MoneyUnit previousUnit = previous.accounts().header().moneyUnit();
        Map<KeyFigure, BigDecimal> fromPrevious = new EnumMap<>(KeyFigure.class);
        previous.keyFigures().forEach((figure, value) -> fromPrevious.put(figure, previousUnit.convert(value, unit)));
        List<PreviousYearConflict> conflicts = new ArrayList<>();
        stated.forEach((figure, value) -> {
            BigDecimal fromFile = fromPrevious.get(figure);
            if (fromFile != null && fromFile.compareTo(value) != 0) {
                conflicts.add(new PreviousYearConflict(figure, value,
                        statedBlock.origin().of(figure.statedKey()), fromFile, previous.accounts().header().file()));
            }
        });
        return new LastYear(year, "上年决算", fromPrevious, conflicts);
    }

    private List<AmountRow> rows(Map<String, BigDecimal> items, BigDecimal total) {
        List<AmountRow> rows = new ArrayList<>();
        items.forEach((label, amount) -> rows.add(row(label, Sums.orZero(amount), total, 0)));
        return rows;
    }

    private AmountRow row(String label, BigDecimal amount, BigDecimal total, int level) {
        return new AmountRow(label, amount, Ratio.percent(amount, total, decimals), level);
    }

    private List<AmountRow> basicRows(BasicExpenditure basic, BigDecimal total) {
        List<AmountRow> rows = new ArrayList<>();
        rows.add(row("人员经费", basic.personnel(), total, 0));
        for (EconomicItem item : nonNull(basic.personnelItems())) {
            rows.add(row(label(item), item.amount(), total, 1));
        }
        rows.add(row("公用经费", basic.public_(), total, 0));
        for (EconomicItem item : nonNull(basic.publicItems())) {
            rows.add(row(label(item), item.amount(), total, 1));
        }
        return rows;
    }

    private static String label(EconomicItem item) {
        return item.code() == null ? item.name() : item.code() + " " + item.name();
    }

    /** The rows of one fund's table: every 类, 款 and 项 with derived subtotals, then the unclassified line. */
    private FundTable fundTable(FundAccount account) {
        List<SubjectRow> rows = new ArrayList<>();
        List<Subject> subjects = account == null ? List.of() : nonNull(account.subjects());
        Split unclassified = account == null ? null : account.unclassified();
        BigDecimal grand = Sums.of(Sums.of(subjects, this::total), unclassified == null ? null
                : Sums.of(unclassified.basic(), unclassified.project()));
        for (Subject subject : subjects) {
            addSubject(subject, 1, "", grand, rows);
        }
        if (unclassified != null) {
            BigDecimal total = Sums.of(unclassified.basic(), unclassified.project());
            rows.add(new SubjectRow(-1, null, "未列明功能分类科目的支出", "", true, null, unclassified.basic(), unclassified.project(),
                    total, null, Ratio.percent(total, grand, decimals)));
        }
        BigDecimal budget = Sums.of(subjects, this::budget);
        BigDecimal basic = Sums.of(Sums.of(subjects, this::basic), unclassified == null ? null : unclassified.basic());
        BigDecimal project = Sums.of(Sums.of(subjects, this::project), unclassified == null ? null : unclassified.project());
        SubjectRow total = new SubjectRow(0, null, "合计", "", false, unclassified == null ? budget : null, basic, project,
                Sums.orZero(grand), unclassified == null ? Ratio.percent(grand, budget, decimals) : null,
                Ratio.percent(grand, grand, decimals));
        return new FundTable(account, rows, total);
    }

    private static final String[] LEVELS = {"", "（类）", "（款）", "（项）"};

    private void addSubject(Subject subject, int level, String parents, BigDecimal grand, List<SubjectRow> rows) {
        BigDecimal total = total(subject);
        BigDecimal budget = budget(subject);
        rows.add(new SubjectRow(level, subject.code(), subject.name(), parents, subject.isLeaf(), budget, basic(subject), project(subject),
                total, Ratio.percent(total, budget, decimals), Ratio.percent(total, grand, decimals)));
        String path = parents + subject.name() + LEVELS[Math.min(level, LEVELS.length - 1)];
        for (Subject item : nonNull(subject.items())) {
            addSubject(item, level + 1, path, grand, rows);
        }
    }

    private BigDecimal total(Subject subject) {
        return Sums.of(basic(subject), project(subject));
    }

    private BigDecimal basic(Subject subject) {
        return subject.isLeaf() ? subject.basic() : Sums.of(subject.items(), this::basic);
    }

    private BigDecimal project(Subject subject) {
        return subject.isLeaf() ? subject.project() : Sums.of(subject.items(), this::project);
    }

    /** A 类 or 款 has a budget only when every 项 under it has one. */
    private BigDecimal budget(Subject subject) {
        if (subject.isLeaf()) {
            return subject.budget();
        }
        List<BigDecimal> budgets = subject.items().stream().map(this::budget).toList();
        return budgets.stream().anyMatch(Objects::isNull) ? null
                : budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 功能分类 类 across the three funds, in the order they first appear. */
    private List<ClassRow> classes(FinalAccounts accounts) {
        Map<String, BigDecimal[]> byClass = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        FundAccount[] funds = {accounts.generalBudget(), accounts.governmentFund(), accounts.stateCapital()};
        for (int f = 0; f < funds.length; f++) {
            if (funds[f] == null) {
                continue;
            }
            for (Subject subject : nonNull(funds[f].subjects())) {
                BigDecimal[] amounts = byClass.computeIfAbsent(subject.name(), k -> new BigDecimal[3]);
                amounts[f] = Sums.of(amounts[f], total(subject));
                codes.putIfAbsent(subject.name(), subject.code());
            }
        }
        List<ClassRow> rows = new ArrayList<>();
        byClass.forEach((name, a) -> rows.add(new ClassRow(codes.get(name), name, a[0], a[1], a[2], Sums.of(a))));
        return rows;
    }

    private ClassRow unclassified(FinalAccounts accounts) {
        BigDecimal[] amounts = new BigDecimal[3];
        FundAccount[] funds = {accounts.generalBudget(), accounts.governmentFund(), accounts.stateCapital()};
        for (int f = 0; f < funds.length; f++) {
            if (funds[f] != null && funds[f].unclassified() != null) {
                amounts[f] = Sums.of(funds[f].unclassified().basic(), funds[f].unclassified().project());
            }
        }
        BigDecimal total = Sums.of(amounts);
        return total == null ? null
                : new ClassRow(null, "未列明功能分类科目的支出", amounts[0], amounts[1], amounts[2], total);
    }

    private List<ThreePublicRow> threePublic(FinalAccounts accounts) {
        if (accounts.threePublic() == null) {
            return List.of();
        }
        ThreePublicItems budget = accounts.threePublic().budget();
        ThreePublicItems actual = accounts.threePublic().actual();
        BigDecimal actualTotal = total(actual);
        List<ThreePublicRow> rows = new ArrayList<>();
        rows.add(threePublicRow("合计", 0, true, total(budget), actualTotal, actualTotal));
        rows.add(threePublicRow("因公出国（境）费", 1, false, get(budget, ThreePublicItems::abroad),
                get(actual, ThreePublicItems::abroad), actualTotal));
        rows.add(threePublicRow("公务用车购置及运行维护费", 1, true, vehicles(budget), vehicles(actual), actualTotal));
        rows.add(threePublicRow("其中：公务用车购置费", 2, false, get(budget, ThreePublicItems::vehiclePurchase),
                get(actual, ThreePublicItems::vehiclePurchase), actualTotal));
        rows.add(threePublicRow("公务用车运行维护费", 2, false, get(budget, ThreePublicItems::vehicleOperation),
                get(actual, ThreePublicItems::vehicleOperation), actualTotal));
        rows.add(threePublicRow("公务接待费", 1, false, get(budget, ThreePublicItems::reception),
                get(actual, ThreePublicItems::reception), actualTotal));
        return rows;
    }

    private ThreePublicRow threePublicRow(String label, int level, boolean sum, BigDecimal budget, BigDecimal actual,
            BigDecimal actualTotal) {
        return new ThreePublicRow(label, level, sum, budget, actual, Ratio.percent(actual, budget, decimals),
                Ratio.percent(actual, actualTotal, decimals));
    }

    private static BigDecimal total(ThreePublicItems items) {
        return items == null ? null
                : Sums.of(items.abroad(), items.vehiclePurchase(), items.vehicleOperation(), items.reception());
    }

    private static BigDecimal vehicles(ThreePublicItems items) {
        return items == null ? null : Sums.of(items.vehiclePurchase(), items.vehicleOperation());
    }

    private static BigDecimal get(ThreePublicItems items, java.util.function.Function<ThreePublicItems, BigDecimal> f) {
        return items == null ? null : f.apply(items);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
