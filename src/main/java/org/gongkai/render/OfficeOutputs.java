package org.gongkai.render;

import java.util.Map;
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
    static void write(Site site, String folder, PageWriter.Rendered page, OfficeFile file,
            Map<String, ChartView> charts, ChartFiles chartFiles, TaskRunner tasks) {
        if (site.makes(SiteOutput.XLSX)) {
            tasks.add(folder + WORKBOOK, WorkbookWriter.write(page.tables(), file.title(), file));
        }
        if (site.makes(SiteOutput.DOCX)) {
            tasks.add(folder + DOCUMENT, WordWriter.write(page, chartFiles.pngs(charts, folder), file));
        }
    }
}
