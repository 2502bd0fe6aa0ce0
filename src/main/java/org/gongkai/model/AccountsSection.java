package org.gongkai.model;

/**
 * The sections of a 部门决算情况说明, in the standard order. Each is generated from the data; a unit
 * replaces one with its own Markdown in {@code <report>.<id>.md} beside the report.
 */
public enum AccountsSection implements Labeled {
    OVERVIEW("overview", "收入支出决算总体情况说明"),
    INCOME("income", "收入决算情况说明"),
    EXPENDITURE("expenditure", "支出决算情况说明"),
    FISCAL("fiscal", "财政拨款收入支出决算总体情况说明"),
    GENERAL_BUDGET("general-budget", "一般公共预算财政拨款支出决算情况说明"),
    BASIC("basic", "一般公共预算财政拨款基本支出决算情况说明"),
    THREE_PUBLIC("three-public", "财政拨款“三公”经费支出决算情况说明"),
    GOVERNMENT_FUND("government-fund", "政府性基金预算支出决算情况说明"),
    STATE_CAPITAL("state-capital", "国有资本经营预算支出决算情况说明"),
    OTHER("other", "其他重要事项的情况说明");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final String label;
    private final String title;

    AccountsSection(String label, String title) {
        this.label = label;
        this.title = title;
    }

    @Override
    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /** 一、收入支出决算总体情况说明 */
    public String heading() {
        return NUMERALS[ordinal()] + "、" + title;
    }
}
