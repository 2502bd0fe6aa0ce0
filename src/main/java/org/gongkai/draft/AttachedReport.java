package org.gongkai.draft;

import org.gongkai.imports.SourceDocument;
import org.gongkai.model.ReportKind;

/**
 * A report printed whole as an attachment of another (a 决算's 附件1 部门整体支出绩效自评报告), to be drafted as a
 * report of its own beside the one it is attached to.
 *
 * @param label its 附件 label as printed (附件1), without the colon
 * @param title its title as printed
 * @param kind the kind its title names
 * @param reportId the name of its files in the year folder ({@code <reportId>.yaml} and {@code .md})
 * @param document its blocks, from its title to the next attachment (or the end), its title as the first heading
 */
public record AttachedReport(String label, String title, ReportKind kind, String reportId, SourceDocument document) {
}
