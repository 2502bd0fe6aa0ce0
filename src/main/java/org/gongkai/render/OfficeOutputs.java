package org.gongkai.render;

import java.util.Map;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteOutput;

/**
 * The files of a report a bureau files and attaches (site.yaml {@code outputs}): report.xlsx and
 * report.docx beside its page, made from the page just rendered, in the same task as the page, so they
 * are rendered again exactly when the page is.
 */
final class OfficeOutputs {

    static final String WORKBOOK = "report.xlsx";
    static final String DOCUMENT = "report.docx";

    private OfficeOutputs() {
    }

    /**
     * @param page the report's page and its tables
     * @param charts the charts on the page, by id
     */
    static void write(Site site, Report report, String publisher, String folder, PageWriter.Rendered page,
            Map<String, ChartView> charts, ChartFiles chartFiles, TaskRunner tasks) {
        boolean workbook = site.makes(SiteOutput.XLSX);
        boolean document = site.makes(SiteOutput.DOCX);
        if (!workbook && !document) {
            return;
        }
        String title = report.header().title();
        OfficeFile file = new OfficeFile(title, publisher, OfficeFile.dateOf(report.header()));
        if (workbook) {
            tasks.add(folder + WORKBOOK, WorkbookWriter.write(page.tables(), title, file));
        }
        if (document) {
            tasks.add(folder + DOCUMENT, WordWriter.write(page, chartFiles.pngs(charts, folder), file));
        }
    }
}
