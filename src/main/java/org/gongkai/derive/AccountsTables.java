package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Balances;
import org.gongkai.model.FinalAccounts;

/**
 * Which of the built-in 决算 tables whose block is optional (表5–表9) the data has. A fund's table is empty
 * when its block says so, or when the report writes no income of that fund and no 年初结转和结余 at all; the
 * 基本支出 and “三公” tables are empty when there is no 一般公共预算 money, or (基本支出) when the 科目 show
 * none. Anything else without its block is unwritten: the figures exist but the report does not give them.
 */
public record AccountsTables(TablePresence generalBudget, TablePresence basic, TablePresence threePublic,
        TablePresence governmentFund, TablePresence stateCapital) {

    static AccountsTables of(FinalAccountsFigures figures) {
        FinalAccounts accounts = figures.accounts();
        boolean noOpening = noOpening(accounts.balances());
        TablePresence general = fund(figures.generalBudget(), accounts.income().generalBudget(), noOpening);
        TablePresence basic;
        if (accounts.basicExpenditure() != null) {
            basic = TablePresence.ROWS;
        } else if (general.empty() || isZero(figures.generalBudget().total().basic())) {
            basic = TablePresence.EMPTY;
        } else {
            basic = TablePresence.UNWRITTEN;
        }
        TablePresence threePublic = accounts.threePublic() != null ? TablePresence.ROWS
                : general.empty() ? TablePresence.EMPTY : TablePresence.UNWRITTEN;
        return new AccountsTables(general, basic, threePublic,
                fund(figures.governmentFund(), accounts.income().governmentFund(), noOpening),
                fund(figures.stateCapital(), accounts.income().stateCapital(), noOpening));
    }

    private static TablePresence fund(FundTable table, BigDecimal income, boolean noOpening) {
        if (table.account() != null) {
            return table.isEmpty() ? TablePresence.EMPTY : TablePresence.ROWS;
        }
        return (income == null || income.signum() == 0) && noOpening ? TablePresence.EMPTY : TablePresence.UNWRITTEN;
    }

    /** Without a 结转结余 block the report has none: its 收入总计 is its 本年收入合计. */
    private static boolean noOpening(Balances balances) {
        return balances == null || balances.opening() == null || balances.opening().signum() == 0;
    }

    private static boolean isZero(BigDecimal value) {
        return value != null && value.signum() == 0;
    }
}
