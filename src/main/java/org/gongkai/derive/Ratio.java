package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates and shares in percent, rounded HALF_UP to the precision shown. */
public final class Ratio {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Ratio() {
    }

    /** {@code part / whole × 100}, or null when either is missing or the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int decimals) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP);
    }

    /** The change from {@code before} to {@code after} in percent of {@code before}. */
    public static BigDecimal change(BigDecimal after, BigDecimal before, int decimals) {
        if (after == null || before == null) {
            return null;
        }
        return percent(after.subtract(before), before, decimals);
    }

    /** "93.3%" → 93.3; null when the text is not a plain percentage. */
    public static BigDecimal parsePercent(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replaceFirst("[%％]$", "");
        return digits.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(digits) : null;
    }
}
