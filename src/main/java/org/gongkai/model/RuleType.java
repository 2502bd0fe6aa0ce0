package org.gongkai.model;

/** The kinds of 评分标准 gongkai can compute a score from. */
public enum RuleType implements Labeled {
    /** 达成得满分，未达成不得分. */
    THRESHOLD("threshold"),
    /** 实际值/目标值 × 分值, capped at the weight. */
    PROPORTIONAL("proportional"),
    /** 满分/合格/零分 bands with linear interpolation between them. */
    BANDS("bands"),
    /** 每发现一例扣 N 分，扣完为止. */
    DEDUCTION("deduction"),
    /** 预算执行率 × 分值 (optionally full marks from a rate on). */
    EXECUTION_RATE("execution-rate"),
    /** Stepped points: 执行率≥99%得9分，≥95%得8分…… */
    STEPS("steps");

    private final String label;

    RuleType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
