package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/** Sums over amounts that may be missing: missing counts as zero, all missing sums to null. */
public final class Sums {

    private Sums() {
    }

    public static BigDecimal of(BigDecimal... values) {
        BigDecimal total = null;
        for (BigDecimal value : values) {
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total;
    }

    public static <T> BigDecimal of(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
