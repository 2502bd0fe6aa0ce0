package org.gongkai.derive;

import org.gongkai.model.Unit;

/** One indicator as one unit reported it in one year's report. */
public record IndicatorOccurrence(Unit unit, ReportSummary report, IndicatorValue row) {
}
