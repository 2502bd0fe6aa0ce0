package org.gongkai.derive;

import org.gongkai.model.FundsColumn;

/** A column of the funds table with the heading the unit prints. */
public record FundsColumnHeading(FundsColumn column, String heading) {

    /** The column's name in templates: source, initial, budget, … */
    public String field() {
        return column.label();
    }
}
