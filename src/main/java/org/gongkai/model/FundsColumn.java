package org.gongkai.model;

/** The columns of the funds table (资金投入情况 / 预算执行情况), in the order a unit prints them. */
public enum FundsColumn implements PrintedColumn {
    SOURCE("source", "资金来源"),
    INITIAL("initial", "年初预算数"),
    BUDGET("budget", "全年预算数（A）"),
    EXECUTED("executed", "全年执行数（B）"),
    WEIGHT("weight", "分值"),
    RATE("rate", "执行率（B/A×100%）"),
    SCORE("score", "得分"),
    REASON("reason", "原因"),
    METHOD("method", "得分计算方法");

    private final String label;
    private final String defaultHeading;

    FundsColumn(String label, String defaultHeading) {
        this.label = label;
        this.defaultHeading = defaultHeading;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String defaultHeading() {
        return defaultHeading;
    }
}
