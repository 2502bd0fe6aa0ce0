package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.FundAccount;

/** 一般公共预算 / 政府性基金 / 国有资本经营 expenditure by 科目, with the carry-over the table shows. */
public record FundTable(FundAccount account, List<SubjectRow> rows, SubjectRow total) {

    public boolean isEmpty() {
        return account == null || total.total() == null || total.total().signum() == 0
                && (account.income() == null || account.income().signum() == 0);
    }

    public BigDecimal opening() {
        return account == null ? null : account.opening();
    }

    public BigDecimal income() {
        return account == null ? null : account.income();
    }

    public BigDecimal closing() {
        return account == null ? null : account.closing();
    }
}
