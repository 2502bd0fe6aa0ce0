package org.gongkai.derive;

import java.util.List;

/** Whether an actual meets its target, where both are quantitative and their units can be paired. */
public final class Achievement {

    private Achievement() {
    }

    /** True 达成, false 未达成, null when it cannot be derived (qualitative, or units do not pair up). */
    public static Boolean of(Target target, Target actual) {
        if (!target.isQuantitative() || !actual.isQuantitative()) {
            return null;
        }
        boolean met = true;
        for (String unit : target.measures().stream().map(Measure::unit).distinct().toList()) {
            List<Measure> wanted = target.withUnit(unit);
            List<Measure> got = actual.withUnit(unit);
            if (got.size() != wanted.size()) {
                return null;
            }
            for (int i = 0; i < wanted.size(); i++) {
                met &= wanted.get(i).comparison().test(got.get(i).value(), wanted.get(i).value());
            }
        }
        return met;
    }
}
