package org.gongkai.derive;

import org.gongkai.model.Unit;

/**
 * Where a unit's money is already counted: the 部门决算 of {@code parent} that lists the unit in its
 * 决算单位构成, so that a comparison shows the unit's own 决算 but does not count it a second time.
 */
public record ComparisonInclusion(Unit parent, ReportSummary accounts) {
}
