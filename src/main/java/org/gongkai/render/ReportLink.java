package org.gongkai.render;

import org.gongkai.derive.ReportSummary;
import org.gongkai.model.AccountsScope;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHeader;

/**
 * A link to a report page, relative to the site root, with the report's header for its text and what
 * the document is ({@code kind}: 部门决算, 单位决算, 部门整体支出绩效自评 …).
 */
public record ReportLink(ReportHeader header, String href, String kind) {

    public static String pathOf(ReportHeader header) {
        return "units/" + header.unitId() + "/" + header.year() + "/" + header.id() + "/index.html";
    }

    public static String pathOf(Report report) {
        return pathOf(report.header());
    }

    public static ReportLink of(ReportHeader header) {
        return new ReportLink(header, pathOf(header), header.kind().chinese());
    }

    public static ReportLink of(Report report) {
        return new ReportLink(report.header(), pathOf(report), kindOf(report));
    }

    public static ReportLink of(ReportSummary summary) {
        return new ReportLink(summary.header(), pathOf(summary.header()), summary.documentName());
    }

    /** 部门决算, 部门决算（本级）or 单位决算 as the 决算 says; the kind's name for a 绩效自评. */
    static String kindOf(Report report) {
        return report instanceof FinalAccounts accounts ? AccountsScope.of(accounts).documentName() : report.kind().chinese();
    }
}
