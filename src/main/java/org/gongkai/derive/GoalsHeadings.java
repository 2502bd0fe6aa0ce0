package org.gongkai.derive;

import java.util.List;
import java.util.Map;
import org.gongkai.model.PlanAndResult;
import org.gongkai.model.PlanColumn;

/**
 * The columns the goals table prints, under its headings: those of {@code goals-columns} in its order,
 * then any other column the goals fill (总体目标 / 全年实际完成情况 always; the label and adjusted columns
 * where a goal has them) under its default heading, so that no goal's text is left off the page.
 */
public record GoalsHeadings(List<ColumnHeading> columns) {

    static GoalsHeadings of(Map<PlanColumn, String> printed, List<PlanAndResult> goals) {
        List<PlanAndResult> all = goals == null ? List.of() : goals;
        return new GoalsHeadings(ColumnHeading.of(printed, PlanColumn.values(), column -> switch (column) {
            case LABEL -> all.stream().anyMatch(g -> g.label() != null);
            case ADJUSTED -> all.stream().anyMatch(g -> g.adjusted() != null);
            default -> true;
        }, true));
    }
}
