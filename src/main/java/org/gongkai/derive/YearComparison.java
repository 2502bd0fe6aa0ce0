package org.gongkai.derive;

import java.util.List;

/** Every unit with a disclosure in a year, side by side. */
public record YearComparison(int year, List<ComparisonRow> rows) {
}
