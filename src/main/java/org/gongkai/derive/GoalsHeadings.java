package org.gongkai.derive;

import java.util.Map;
import org.gongkai.model.PlanColumn;

/** The headings the goals table prints over its two columns (总体目标 / 全年实际完成情况 by default). */
public record GoalsHeadings(String planned, String actual) {

    static GoalsHeadings of(Map<PlanColumn, String> printed) {
        return new GoalsHeadings(heading(printed, PlanColumn.PLANNED), heading(printed, PlanColumn.ACTUAL));
    }

    private static String heading(Map<PlanColumn, String> printed, PlanColumn column) {
        String heading = printed == null ? null : printed.get(column);
        return heading == null ? column.defaultHeading() : heading;
    }
}
