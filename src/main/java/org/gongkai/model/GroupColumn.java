package org.gongkai.model;

/**
 * A column a table prints beside each group's own level column (一级指标 | 得分 | 二级指标 | 得分 | …): the
 * group's weight or score as its header row prints it, in a column of its own instead of in its name.
 */
public enum GroupColumn implements PrintedColumn {
    WEIGHT("weight", "分值"),
    SCORE("score", "得分");

    private final String label;
    private final String defaultHeading;

    GroupColumn(String label, String defaultHeading) {
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
