package org.gongkai.model;

/** The columns of 资金管理情况, in the order the standard form prints them. */
public enum ManagementColumn implements PrintedColumn {
    ITEM("item", "项目"),
    DESCRIPTION("description", "情况说明"),
    WEIGHT("weight", "分值"),
    SCORE("score", "得分"),
    ISSUES("issues", "存在问题和改进措施");

    private final String label;
    private final String defaultHeading;

    ManagementColumn(String label, String defaultHeading) {
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
