package org.gongkai.model;

/**
 * The optional columns of an indicator table, in the order a unit prints them. {@code number} (序号)
 * is printed before the level columns (一级指标 … 三级指标), every other column after them.
 */
public enum IndicatorColumn implements Labeled {
    NUMBER("number", "序号"),
    NATURE("nature", "指标性质"),
    INITIAL_TARGET("initial-target", "年初指标值"),
    TARGET("target", "指标值"),
    UNIT("unit", "度量单位"),
    ACTUAL("actual", "实际完成值"),
    WEIGHT("weight", "分值"),
    COEFFICIENT("coefficient", "得分系数（%）"),
    STANDARD("standard", "评分标准"),
    SCORE("score", "得分"),
    REVIEW_SCORE("review-score", "财政复评得分"),
    CORE("core", "是否核心指标"),
    REASON("reason", "未完成原因和改进措施"),
    NOTE("note", "指标说明");

    private final String label;
    private final String defaultHeading;

    IndicatorColumn(String label, String defaultHeading) {
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

    /** Whether the column is printed before the level columns (序号). */
    public boolean leading() {
        return this == NUMBER;
    }
}
