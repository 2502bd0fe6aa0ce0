package org.gongkai.derive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.model.PlanAndResult;
import org.gongkai.model.PlanColumn;

/**
 * The columns the goals table prints, under its headings: those of {@code goals-columns} in its order,
 * then any other column the goals fill (总体目标 / 全年实际完成情况 always; the label and adjusted columns
 * where a goal has them) under its default heading, so that no goal's text is left off the page.
 */
public record GoalsHeadings(List<Heading> columns) {

    /** A column of the goals table under its printed heading. */
    public record Heading(PlanColumn column, String heading) {

        /** The column's name in templates: label, planned, adjusted, actual. */
        public String field() {
            return column.label();
        }
    }

    static GoalsHeadings of(Map<PlanColumn, String> printed, List<PlanAndResult> goals) {
        Map<PlanColumn, String> headings = new LinkedHashMap<>();
        if (printed != null) {
            printed.forEach((column, heading) -> headings.put(column, heading == null ? column.defaultHeading() : heading));
        }
        List<PlanAndResult> all = goals == null ? List.of() : goals;
        for (PlanColumn column : PlanColumn.values()) {
            boolean filled = switch (column) {
                case LABEL -> any(all, PlanAndResult::label);
                case ADJUSTED -> any(all, PlanAndResult::adjusted);
                default -> true;
            };
            if (filled) {
                headings.putIfAbsent(column, column.defaultHeading());
            }
        }
        return new GoalsHeadings(headings.entrySet().stream().map(e -> new Heading(e.getKey(), e.getValue())).toList());
    }

    private static boolean any(List<PlanAndResult> goals, Function<PlanAndResult, String> field) {
        return goals.stream().anyMatch(g -> field.apply(g) != null);
    }
}
