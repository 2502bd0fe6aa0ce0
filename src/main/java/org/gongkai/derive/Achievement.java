package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether an actual meets its target, where both are quantitative and their units can be paired.
 * A target accepts a range of values (≥90%: [90%, ∞); 不晚于12月31日: up to that day) and an actual
 * reports one (93%; 超过90%: (90%, ∞); 晚于12月31日: after that day). 达成 when every value the actual
 * allows is accepted, 未达成 when none is. Where they overlap, an actual written as a bound on the
 * side the target bounds (目标≥95%, 实际≥90%) reports that bound as the level reached; otherwise
 * (目标≤100%, 实际99%以上) nothing can be said.
 */
public final class Achievement {

    private Achievement() {
    }

    /** True 达成, false 未达成, null when it cannot be derived (qualitative, units do not pair up, or undecided). */
    public static Boolean of(Target target, Target actual) {
        if (!target.isQuantitative() || !actual.isQuantitative()) {
            return null;
        }
        Boolean met = true;
        for (String unit : target.measures().stream().map(Measure::unit).distinct().toList()) {
            List<Measure> wanted = target.withUnit(unit);
            List<Measure> got = actual.withUnit(unit);
            if (got.size() != wanted.size()) {
                return null;
            }
            for (int i = 0; i < wanted.size(); i++) {
                Boolean part = meets(wanted.get(i), got.get(i));
                if (Boolean.FALSE.equals(part)) {
                    return false;
                }
                if (part == null) {
                    met = null;
                }
            }
        }
        return met;
    }

    static Boolean meets(Measure wanted, Measure got) {
        ValueRange accepted = wanted.comparison().accepted(wanted.value());
        ValueRange reported = got.comparison().reported(got.value());
        if (accepted.covers(reported)) {
            return true;
        }
        if (!accepted.meets(reported)) {
            return false;
        }
        boolean lowerBound = reported.hasLow() && !reported.hasHigh();
        boolean upperBound = reported.hasHigh() && !reported.hasLow();
        if (lowerBound && accepted.hasLow() || upperBound && accepted.hasHigh()) {
            BigDecimal level = lowerBound ? reported.low() : reported.high();
            boolean included = lowerBound ? reported.lowIncluded() : reported.highIncluded();
            return included && accepted.contains(level);
        }
        return null;
    }
}
