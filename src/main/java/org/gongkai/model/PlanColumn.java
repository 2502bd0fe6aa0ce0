package org.gongkai.model;

/**
 * The columns of a table of targets beside results (总体目标 / 全年实际完成情况; 年初绩效目标 / 全年（调整）绩效目标 /
 * 全年目标实际完成情况), with a leading column of row labels where the table prints one.
 */
public enum PlanColumn implements PrintedColumn {
    LABEL("label", "目标"),
    PLANNED("planned", "总体目标"),
    ADJUSTED("adjusted", "全年（调整）目标"),
    ACTUAL("actual", "全年实际完成情况");

    private final String label;
    private final String defaultHeading;

    PlanColumn(String label, String defaultHeading) {
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
