package org.gongkai.model;

/** The two columns of a table of targets beside results (总体目标 / 全年实际完成情况). */
public enum PlanColumn implements Labeled {
    PLANNED("planned", "总体目标"),
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

    public String defaultHeading() {
        return defaultHeading;
    }
}
