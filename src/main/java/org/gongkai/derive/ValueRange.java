package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * An interval of values: a lower and an upper end, each open, closed or absent (null: unbounded).
 * ≥90 is [90, ∞), 超过90 is (90, ∞), 100 written as an actual is [100, 100].
 */
record ValueRange(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {

    static ValueRange of(Comparison comparison, BigDecimal value) {
        return switch (comparison) {
            case AT_LEAST -> new ValueRange(value, true, null, false);
            case MORE_THAN -> new ValueRange(value, false, null, false);
            case AT_MOST -> new ValueRange(null, false, value, true);
            case LESS_THAN -> new ValueRange(null, false, value, false);
            case EQUAL, REACH, BY -> new ValueRange(value, true, value, true);
        };
    }

    boolean hasLow() {
        return low != null;
    }

    boolean hasHigh() {
        return high != null;
    }

    boolean contains(BigDecimal value) {
        return (low == null || compare(value, low, lowIncluded) >= 0) && (high == null || compare(high, value, highIncluded) >= 0);
    }

    /** Whether every value of {@code other} lies in this range. */
    boolean covers(ValueRange other) {
        return lowCovers(other) && highCovers(other);
    }

    private boolean lowCovers(ValueRange other) {
        if (low == null) {
            return true;
        }
        if (other.low == null) {
            return false;
        }
        int c = other.low.compareTo(low);
        return c > 0 || c == 0 && (lowIncluded || !other.lowIncluded);
    }

    private boolean highCovers(ValueRange other) {
        if (high == null) {
            return true;
        }
        if (other.high == null) {
            return false;
        }
        int c = other.high.compareTo(high);
        return c < 0 || c == 0 && (highIncluded || !other.highIncluded);
    }

    /** Whether some value lies in both ranges. */
    boolean meets(ValueRange other) {
        return endsBefore(high, highIncluded, other.low, other.lowIncluded)
                && endsBefore(other.high, other.highIncluded, low, lowIncluded);
    }

    /** Whether a range ending at {@code high} can still reach one starting at {@code low}. */
    private static boolean endsBefore(BigDecimal high, boolean highIncluded, BigDecimal low, boolean lowIncluded) {
        if (high == null || low == null) {
            return true;
        }
        int c = high.compareTo(low);
        return c > 0 || c == 0 && highIncluded && lowIncluded;
    }

    /** a − b as a sign, where an open end sits just inside its value. */
    private static int compare(BigDecimal a, BigDecimal b, boolean included) {
        int c = a.compareTo(b);
        return c == 0 && !included ? -1 : c;
    }
}
