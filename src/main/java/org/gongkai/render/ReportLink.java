package org.gongkai.render;

import org.gongkai.model.Report;
import org.gongkai.model.ReportHeader;

/** A link to a report page, relative to the site root, with the report's header for its text. */
public record ReportLink(ReportHeader header, String href) {

    public static String pathOf(ReportHeader header) {
        return "units/" + header.unitId() + "/" + header.year() + "/" + header.id() + "/index.html";
    }

    public static String pathOf(Report report) {
        return pathOf(report.header());
    }

    public static ReportLink of(ReportHeader header) {
        return new ReportLink(header, pathOf(header));
    }
}
