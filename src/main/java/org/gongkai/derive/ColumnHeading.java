package org.gongkai.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.model.PrintedColumn;

/** A column of a 绩效自评 table under the heading the document prints (or gongkai's, where it writes none). */
public record ColumnHeading(PrintedColumn column, String heading) {

    /** The column's key in templates: source, planned, weight, … */
    public String field() {
        return column.label();
    }

    /**
     * The columns a table prints. Where the report writes its columns map, those columns in its order under
     * their printed headings (a key without a heading keeps gongkai's), followed, when {@code keepFilled},
     * by every other column that {@code filled} (so that no written text is left off the page); otherwise
     * every column that is {@code filled}, in the standard order, under gongkai's headings.
     */
    static <C extends Enum<C> & PrintedColumn> List<ColumnHeading> of(Map<C, String> printed, C[] all,
            Predicate<C> filled, boolean keepFilled) {
        Map<PrintedColumn, String> headings = new LinkedHashMap<>();
        boolean written = printed != null && !printed.isEmpty();
        if (written) {
            printed.forEach((column, heading) -> headings.put(column, heading == null ? column.defaultHeading() : heading));
        }
        if (!written || keepFilled) {
            for (C column : all) {
                if (filled.test(column)) {
                    headings.putIfAbsent(column, column.defaultHeading());
                }
            }
        }
        List<ColumnHeading> columns = new ArrayList<>();
        headings.forEach((column, heading) -> columns.add(new ColumnHeading(column, heading)));
        return List.copyOf(columns);
    }
}
