package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The expenditure of one kind of fiscal money (一般公共预算, 政府性基金, 国有资本经营) by 功能分类 科目,
 * with its carry-over where the table shows one.
 */
public record FundAccount(
        BigDecimal opening,
        BigDecimal income,
        List<Subject> subjects,
        Split unclassified,
        BigDecimal closing,
        Origin origin) {
}
