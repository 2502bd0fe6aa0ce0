package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
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
import org.gongkai.model.ThreePublic;
import org.gongkai.model.ThreePublicItems;

/**
 * A 部门决算 with every amount expressed in one money unit: each block converted from the unit its table is
 * written in (the report's for the blocks without a table of their own), exactly, with {@link MoneyUnit#convert}
 * (the units are powers of ten, so nothing is rounded). A block already in that unit is kept as written.
 */
final class AccountsInUnit {

    private AccountsInUnit() {
    }

    static FinalAccounts of(FinalAccounts written, TableUnits units, MoneyUnit target) {
        UnaryOperator<BigDecimal> report = in(units.report(), target);
        FinalAccounts a = written;
        return a.withAmounts(
                income(a.income(), in(units.of(BuiltInTable.INCOME), target)),
                expenditure(a.expenditure(), in(units.of(BuiltInTable.EXPENDITURE), target)),
                balances(a.balances(), report),
                fund(a.generalBudget(), in(units.of(BuiltInTable.GENERAL_BUDGET), target)),
                basic(a.basicExpenditure(), in(units.of(BuiltInTable.BASIC), target)),
                threePublic(a.threePublic(), units.of(BuiltInTable.THREE_PUBLIC), target),
                fund(a.governmentFund(), in(units.of(BuiltInTable.GOVERNMENT_FUND), target)),
                fund(a.stateCapital(), in(units.of(BuiltInTable.STATE_CAPITAL), target)),
                report.apply(a.operatingCosts()),
                procurement(a.procurement(), report),
                previousYear(a.previousYear(), report));
    }

    private static UnaryOperator<BigDecimal> in(MoneyUnit from, MoneyUnit target) {
        return from == target ? UnaryOperator.identity() : value -> from.convert(value, target);
    }

    private static Income income(Income i, UnaryOperator<BigDecimal> c) {
        return i == null ? null : new Income(c.apply(i.generalBudget()), c.apply(i.governmentFund()), c.apply(i.stateCapital()),
                c.apply(i.superiorSubsidy()), c.apply(i.business()), c.apply(i.operating()), c.apply(i.affiliated()),
                c.apply(i.other()), i.origin());
    }

    private static Expenditure expenditure(Expenditure e, UnaryOperator<BigDecimal> c) {
        return e == null ? null : new Expenditure(c.apply(e.basic()), c.apply(e.project()), c.apply(e.superiorRemittance()),
                c.apply(e.operating()), c.apply(e.affiliatedSubsidy()), e.origin());
    }

    private static Balances balances(Balances b, UnaryOperator<BigDecimal> c) {
        return b == null ? null : new Balances(c.apply(b.nonFiscalUsed()), c.apply(b.opening()), c.apply(b.distribution()),
                c.apply(b.closing()), b.origin());
    }

    private static FundAccount fund(FundAccount f, UnaryOperator<BigDecimal> c) {
        return f == null ? null : new FundAccount(c.apply(f.opening()), c.apply(f.income()), subjects(f.subjects(), c),
                f.unclassified() == null ? null
                        : new Split(c.apply(f.unclassified().basic()), c.apply(f.unclassified().project()), f.unclassified().origin()),
                c.apply(f.closing()), f.origin());
    }

    private static List<Subject> subjects(List<Subject> subjects, UnaryOperator<BigDecimal> c) {
        return subjects == null ? null : subjects.stream().map(s -> new Subject(s.name(), s.code(), c.apply(s.budget()),
                c.apply(s.basic()), c.apply(s.project()), subjects(s.items(), c), s.origin())).toList();
    }

    private static BasicExpenditure basic(BasicExpenditure b, UnaryOperator<BigDecimal> c) {
        return b == null ? null : new BasicExpenditure(c.apply(b.personnel()), c.apply(b.public_()),
                items(b.personnelItems(), c), items(b.publicItems(), c), b.origin());
    }

    private static List<EconomicItem> items(List<EconomicItem> items, UnaryOperator<BigDecimal> c) {
        return items == null ? null
                : items.stream().map(i -> new EconomicItem(i.code(), i.name(), c.apply(i.amount()), i.origin())).toList();
    }

    private static ThreePublic threePublic(ThreePublic t, MoneyUnit from, MoneyUnit target) {
        UnaryOperator<BigDecimal> c = in(from, target);
        return t == null ? null : new ThreePublic(threePublicItems(t.budget(), c), threePublicItems(t.actual(), c), target,
                t.origin());
    }

    private static ThreePublicItems threePublicItems(ThreePublicItems t, UnaryOperator<BigDecimal> c) {
        return t == null ? null : new ThreePublicItems(c.apply(t.abroad()), c.apply(t.vehiclePurchase()),
                c.apply(t.vehicleOperation()), c.apply(t.reception()), t.origin());
    }

    private static Procurement procurement(Procurement p, UnaryOperator<BigDecimal> c) {
        return p == null ? null : new Procurement(c.apply(p.goods()), c.apply(p.works()), c.apply(p.services()),
                c.apply(p.sme()), c.apply(p.smallMicro()), p.origin());
    }

    private static PreviousYear previousYear(PreviousYear p, UnaryOperator<BigDecimal> c) {
        return p == null ? null : new PreviousYear(p.year(), c.apply(p.total()), c.apply(p.fiscalTotal()),
                c.apply(p.generalBudgetExpenditure()), c.apply(p.threePublic()), c.apply(p.reception()),
                c.apply(p.operatingCosts()), c.apply(p.basic()), c.apply(p.project()), p.origin());
    }
}
