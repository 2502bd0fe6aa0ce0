package org.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.FinalAccounts;

/** The figures of a 部门决算 that an import must give back: its header and its typed blocks. */
final class AccountsFigures {

    private AccountsFigures() {
    }

    static List<String> differences(FinalAccounts sample, FinalAccounts draft) {
        List<String> found = new ArrayList<>();
        found.addAll(ModelDifferences.of("title", sample.header().title(), draft.header().title()));
        found.addAll(ModelDifferences.of("year", sample.header().year(), draft.header().year()));
        found.addAll(ModelDifferences.of("money-unit", sample.header().moneyUnit(), draft.header().moneyUnit()));
        found.addAll(ModelDifferences.of("income", sample.income(), draft.income()));
        found.addAll(ModelDifferences.of("expenditure", sample.expenditure(), draft.expenditure()));
        found.addAll(ModelDifferences.of("balances", sample.balances(), draft.balances()));
        found.addAll(ModelDifferences.of("general-budget", sample.generalBudget(), draft.generalBudget()));
        found.addAll(ModelDifferences.of("basic-expenditure", sample.basicExpenditure(), draft.basicExpenditure()));
        found.addAll(ModelDifferences.of("three-public", sample.threePublic(), draft.threePublic()));
        found.addAll(ModelDifferences.of("government-fund", sample.governmentFund(), draft.governmentFund()));
        found.addAll(ModelDifferences.of("state-capital", sample.stateCapital(), draft.stateCapital()));
        return found;
    }
}
