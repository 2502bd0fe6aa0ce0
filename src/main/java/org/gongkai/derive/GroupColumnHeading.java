package org.gongkai.derive;

import org.gongkai.model.GroupColumn;

/** A column printed after each group's level column (its weight or score), with the heading the unit prints. */
public record GroupColumnHeading(GroupColumn column, String heading) {

    /** The column's name in templates: weight, score. */
    public String field() {
        return column.label();
    }
}
