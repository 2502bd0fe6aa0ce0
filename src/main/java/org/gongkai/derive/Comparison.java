package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * How a target or an actual compares with its figure: ≥ 90%, ≤ 60分钟, ＝ 100%, or a bare figure.
 * Following 民法典 第一千二百五十九条, 以上/以下/以内 include the figure, 超过/不满 exclude it.
 */
public enum Comparison {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("="),
    /** A figure written without a sign: a level to reach (≥) in a target, the level reached in an actual. */
    REACH("≥"),
    /** A date written without a sign: a deadline (≤) in a target, the day it was done in an actual. */
    BY("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The values a target written with this comparison accepts. */
    ValueRange accepted(BigDecimal value) {
        return switch (this) {
            case REACH -> ValueRange.of(AT_LEAST, value);
            case BY -> ValueRange.of(AT_MOST, value);
            default -> ValueRange.of(this, value);
        };
    }

    /** The values an actual written with this comparison may have: a bare figure is the figure itself. */
    ValueRange reported(BigDecimal value) {
        return this == REACH || this == BY ? ValueRange.of(EQUAL, value) : ValueRange.of(this, value);
    }
}
