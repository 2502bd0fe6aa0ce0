package org.gongkai.render;

import org.gongkai.model.Report;

/** A link to a report page, relative to the site root. */
public record ReportLink(Report report, String href) {

    public static String pathOf(Report report) {
        return "units/" + report.header().unitId() + "/" + report.year() + "/" + report.header().id() + "/index.html";
    }

    public static ReportLink of(Report report) {
        return new ReportLink(report, pathOf(report));
    }
}
