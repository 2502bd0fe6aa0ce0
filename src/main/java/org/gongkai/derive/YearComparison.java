package org.gongkai.derive;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every unit with a disclosure in a year, side by side. A column of self-evaluation results that no
 * unit of the year has (all unscored, or none reported) is not shown.
 */
public record YearComparison(int year, List<ComparisonRow> rows) {

    public boolean hasDepartmentScores() {
        return any(r -> r.department() == null ? null : r.department().score());
    }

    public boolean hasDepartmentGrades() {
        return any(r -> r.department() == null ? null : r.department().grade());
    }

    public boolean hasProjectScores() {
        return any(r -> r.project() == null ? null : r.project().score());
    }

    public boolean hasProjectGrades() {
        return any(r -> r.project() == null ? null : r.project().grade());
    }

    private boolean any(Function<ComparisonRow, Object> value) {
        return rows.stream().map(value).anyMatch(Objects::nonNull);
    }
}
