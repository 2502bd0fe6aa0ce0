package org.gongkai.render;

import java.util.Map;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.Unit;

/** What search finds: each unit, report, indicator and narrative of the site, in the search index's files. */
final class SearchEntries {

    private SearchEntries() {
    }

    /** The search index files by path: all reports (and their units); {@code beforeEach} runs before each report. */
    static Map<String, byte[]> of(Overview overview, Runnable beforeEach) {
        SearchIndex search = new SearchIndex();
        overview.reports().forEach(report -> {
            beforeEach.run();
            add(search, overview, report);
        });
        return search.files();
    }

    /** What search finds of a report (and, with its first report, of its unit). */
    private static void add(SearchIndex search, Overview overview, ReportSummary summary) {
        ReportHeader report = summary.header();
        Unit unit = overview.unit(report.unitId()).orElseThrow();
        String path = ReportLink.pathOf(report);
        if (overview.reportsOf(unit.id()).get(0) == summary) {
            search.add("单位", unit.name(), UnitPages.pathOf(unit), unit.regionText() + " " + unit.level().label()
                    + (unit.shortName() == null ? "" : " " + unit.shortName()));
        }
        summary.indicators().forEach(indicator ->
                search.add("指标", indicator.name(), path, unit.name() + " " + report.year() + "年 " + report.title()));
        search.add("报告", report.title(), path, unit.name() + " " + report.year() + "年度 " + summary.documentName());
        if (report.narrative() != null) {
            search.add("正文", report.title(), path, report.narrative().replaceAll("[#*>`\\[\\]()]", ""));
        }
    }
}
