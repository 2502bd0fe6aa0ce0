package org.gongkai.model;

/** The optional columns of an indicator table, in the order a unit prints them. */
public enum IndicatorColumn implements Labeled {
    TARGET("target", "指标值"),
    ACTUAL("actual", "实际完成值"),
    WEIGHT("weight", "分值"),
    STANDARD("standard", "评分标准"),
    SCORE("score", "得分"),
    REVIEW_SCORE("review-score", "财政复评得分"),
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
}
