package org.gongkai.derive;

import org.gongkai.model.IndicatorColumn;

/** A column of the indicator table with the heading the unit prints. */
public record IndicatorColumnHeading(IndicatorColumn column, String heading) {

    /** The column's name in templates: target, actual, weight, … */
    public String field() {
        return column.label();
    }
}
