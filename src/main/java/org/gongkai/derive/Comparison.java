package org.gongkai.derive;

import java.math.BigDecimal;

/** How a target compares: ≥ 90%, ≤ 60分钟, ＝ 100%, or a bare figure to reach. */
public enum Comparison {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("="),
    /** A figure written without a sign: read as a level to reach (≥). */
    REACH("≥");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST, REACH -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUAL -> c == 0;
        };
    }
}
