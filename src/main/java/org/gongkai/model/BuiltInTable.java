package org.gongkai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed blocks of a report that gongkai renders a table from: the nine 公开表 of a 部门决算 and the
 * four tables of a 绩效自评. This is what must be code: which blocks exist, which column headings and
 * rows each block's renderer knows (by key), and its {@code data-table} key (its downloads' names).
 * How a table of a block is printed (its names, title, number, headings, row labels, empty-table text)
 * is data, in the table catalogue ({@code templates/catalogue/<kind>.yaml} with {@code block:}); the
 * kind whose id is the block's {@link #label()} holds the standard ones.
 */
public enum BuiltInTable implements Labeled {
    SUMMARY("income-expenditure-summary", "summary", true, List.of("income", "expenditure", "income-item", "income-amount", "expenditure-item", "expenditure-amount"), rows("general-budget", "一般公共预算财政拨款收入", "government-fund", "政府性基金预算财政拨款收入", "state-capital", "国有资本经营预算财政拨款收入", "superior-subsidy", "上级补助收入", "business", "事业收入", "operating", "经营收入", "affiliated", "附属单位上缴收入", "other", "其他收入", "income-total", "本年收入合计", "expenditure-total", "本年支出合计", "non-fiscal-used", "使用非财政拨款结余", "distribution", "结余分配", "opening", "年初结转和结余", "closing", "年末结转和结余", "income-grand-total", "收入总计", "expenditure-grand-total", "支出总计")),
    INCOME("income", "income", true, List.of("item", "amount", "share"), rows("general-budget", "一般公共预算财政拨款收入", "government-fund", "政府性基金预算财政拨款收入", "state-capital", "国有资本经营预算财政拨款收入", "superior-subsidy", "上级补助收入", "business", "事业收入", "operating", "经营收入", "affiliated", "附属单位上缴收入", "other", "其他收入", "total", "本年收入合计")),
    EXPENDITURE("expenditure", "expenditure", true, List.of("item", "amount", "share"), rows("basic", "基本支出", "project", "项目支出", "superior-remittance", "上缴上级支出", "operating", "经营支出", "affiliated-subsidy", "对附属单位补助支出", "total", "本年支出合计")),
    FISCAL("fiscal-summary", "fiscal", true, List.of("item", "total", "general-budget", "government-fund", "state-capital"), rows("income", "本年收入", "opening", "年初财政拨款结转和结余", "total", "本年支出合计", "closing", "年末财政拨款结转和结余")),
    GENERAL_BUDGET("general-budget", "general-budget", true, List.of("code", "name", "budget", "spending", "total", "basic", "project", "completion", "share"), rows("total", "合计")),
    BASIC("basic-expenditure", "basic", true, List.of("item", "amount", "share"), rows("personnel", "人员经费", "public", "公用经费", "total", "合计")),
    THREE_PUBLIC("three-public", "three-public", true, List.of("item", "budget", "actual", "completion", "share"), rows("total", "合计", "abroad", "因公出国（境）费", "vehicles", "公务用车购置及运行维护费", "vehicle-purchase", "其中：公务用车购置费", "vehicle-operation", "公务用车运行维护费", "reception", "公务接待费")),
    GOVERNMENT_FUND("government-fund", "government-fund", true, List.of("name", "opening", "income", "spending", "total", "basic", "project", "closing"), rows("total", "合计")),
    STATE_CAPITAL("state-capital", "state-capital", true, List.of("code", "name", "budget", "spending", "total", "basic", "project", "completion", "share"), rows("total", "合计")),
    FUNDS("funds", "funds", false, List.of(), Map.of()),
    MANAGEMENT("management", "management", false, List.of(), Map.of()),
    GOALS("goals", "goals", false, List.of(), Map.of()),
    INDICATORS("indicators", "indicators", false, List.of(), Map.of());

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
    private final boolean accounts;
    private final List<String> headings;
    private final Map<String, String> rows;

    BuiltInTable(String label, String key, boolean accounts, List<String> headings,
            Map<String, String> rows) {
        this.label = label;
        this.key = key;
        this.accounts = accounts;
        this.headings = headings;
        this.rows = rows;
    }

    /** Row keys and the names the derived rows carry, in pairs, in the table's order. */
    private static Map<String, String> rows(String... keysAndLabels) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            rows.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(rows);
    }

    /**
     * The rows whose label is gongkai's own (not a name from the report's data), by the key a {@code labels:}
     * entry gives their printed label under: key to the name the derived row carries, which is how the
     * renderer knows the row (its printed default is the catalogue's).
     */
    public Map<String, String> rows() {
        return rows;
    }

    /** The column headings a {@code headings:} entry may replace with the printed ones, by key. */
    public List<String> headings() {
        return headings;
    }

    /** The block's name: a catalogue kind's {@code block:}, and the id of the kind with its standard print. */
    @Override
    public String label() {
        return label;
    }

    /** The table's {@code data-table} key on the page, which names its CSV download. */
    public String key() {
        return key;
    }

    public boolean of(ReportKind report) {
        return accounts == (report == ReportKind.FINAL_ACCOUNTS);
    }

    /** The block named {@code block} for a report of kind {@code report}. */
    public static Optional<BuiltInTable> find(String block, ReportKind report) {
        return Arrays.stream(values()).filter(t -> t.label.equals(block) && t.of(report)).findFirst();
    }

    /** The block named {@code block}, of either report kind. */
    public static Optional<BuiltInTable> find(String block) {
        return Arrays.stream(values()).filter(t -> t.label.equals(block)).findFirst();
    }

    /** The report kind the block belongs to, as a catalogue kind's {@code report:} names it. */
    public String report() {
        return accounts ? "final-accounts" : "evaluation";
    }
}
