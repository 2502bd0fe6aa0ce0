package org.gongkai.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables gongkai renders from a report's typed blocks, by the kind a {@code tables:} entry names:
 * the nine 公开表 of a 部门决算 and the four tables of a 绩效自评. Each keeps its {@code data-table}
 * key (its downloads' names) and the standard title shown when the report has no {@code tables:}.
 */
public enum BuiltInTable implements Labeled {
    SUMMARY("income-expenditure-summary", "summary", "表1 收入支出决算总表", true, List.of("income", "expenditure", "income-item", "income-amount", "expenditure-item", "expenditure-amount")),
    INCOME("income", "income", "表2 收入决算表", true, List.of("item", "amount", "share")),
    EXPENDITURE("expenditure", "expenditure", "表3 支出决算表", true, List.of("item", "amount", "share")),
    FISCAL("fiscal-summary", "fiscal", "表4 财政拨款收入支出决算总表", true, List.of("item", "total", "general-budget", "government-fund", "state-capital")),
    GENERAL_BUDGET("general-budget", "general-budget", "表5 一般公共预算财政拨款支出决算表", true, List.of("code", "name", "budget", "spending", "total", "basic", "project", "completion", "share")),
    BASIC("basic-expenditure", "basic", "表6 一般公共预算财政拨款基本支出决算表", true, List.of("item", "amount", "share")),
    THREE_PUBLIC("three-public", "three-public", "表7 一般公共预算财政拨款“三公”经费支出决算表", true, List.of("item", "budget", "actual", "completion", "share")),
    GOVERNMENT_FUND("government-fund", "government-fund", "表8 政府性基金预算财政拨款收入支出决算表", true, List.of("name", "opening", "income", "spending", "total", "basic", "project", "closing")),
    STATE_CAPITAL("state-capital", "state-capital", "表9 国有资本经营预算财政拨款支出决算表", true, List.of("code", "name", "budget", "spending", "total", "basic", "project", "completion", "share")),
    FUNDS("funds", "funds", "资金投入情况", false, List.of()),
    MANAGEMENT("management", "management", "资金管理情况", false, List.of()),
    GOALS("goals", "goals", "总体目标完成情况", false, List.of()),
    INDICATORS("indicators", "indicators", "绩效指标完成情况", false, List.of());

    /**
     * Where a 绩效自评 table's printed column headings are written instead of {@code headings:}, or null
     * for a 部门决算 table (whose {@link #headings()} keys {@code headings:} takes).
     */
    public String headingsKey() {
        return switch (this) {
            case FUNDS -> "funds.columns";
            case MANAGEMENT -> null;
            case GOALS -> "goals-columns";
            case INDICATORS -> "columns";
            default -> null;
        };
    }

    private final String label;
    private final String key;
    private final String standardTitle;
    private final boolean accounts;
    private final List<String> headings;

    BuiltInTable(String label, String key, String standardTitle, boolean accounts, List<String> headings) {
        this.label = label;
        this.key = key;
        this.standardTitle = standardTitle;
        this.accounts = accounts;
        this.headings = headings;
    }

    /** The column headings a {@code headings:} entry may replace with the printed ones, by key. */
    public List<String> headings() {
        return headings;
    }

    /** The kind a {@code tables:} entry names. */
    @Override
    public String label() {
        return label;
    }

    /** The table's {@code data-table} key on the page, which names its CSV download. */
    public String key() {
        return key;
    }

    public String standardTitle() {
        return standardTitle;
    }

    public boolean of(ReportKind report) {
        return accounts == (report == ReportKind.FINAL_ACCOUNTS);
    }

    /** The built-in kind named {@code kind} for a report of kind {@code report}. */
    public static Optional<BuiltInTable> find(String kind, ReportKind report) {
        return Arrays.stream(values()).filter(t -> t.label.equals(kind) && t.of(report)).findFirst();
    }
}
