package org.gongkai.draft;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceCell;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceTable;

/**
 * What money a 项目 绩效自评 evaluates ({@code funding}): a 转移支付 or a 项目支出, as its title names it; else as a
 * 基本信息 label of its table does (转移支付（项目）名称), or a heading (转移支付绩效自评表); else as its own text names the money it evaluates, when it
 * names only one of the two (剑阁's 专项资金 report: “年度专项资金转移支付的使用情况”). A text naming both decides
 * nothing. Stateless.
 *
 * @param value 转移支付 or 项目支出
 * @param origin where the text names it (a comment for the draft), or null when the title does
 */
record Funding(String value, String origin) {

    private static final String TRANSFER = "转移支付";
    private static final String PROJECT = "项目支出";
    private static final String CLAUSE_ENDS = "，,。；;：:\n";
    private static final Pattern TRANSFER_LABEL = Pattern.compile("^转移支付[(（]?(?:项目)?[)）]?名称$");

    /** The clause of {@code text} naming {@code word} first, quoted as an origin; null when it names none. */
    private static String quoted(SourceDocument document, String text, String word) {
        int at = text.indexOf(word);
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + word.length();
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return "来源：" + document.fileName() + " 正文“" + text.substring(start, end).strip() + "”";
    }

    /** The funding the title or the documents state, or null. */
    static Funding of(String title, List<SourceDocument> documents) {
        if (title.contains(TRANSFER) || title.contains(PROJECT)) {
            return new Funding(title.contains(TRANSFER) ? TRANSFER : PROJECT, null);
        }
        for (SourceDocument document : documents) {
            for (SourceTable table : document.tables()) {
                for (List<SourceCell> row : table.rows()) {
                    if (!row.isEmpty() && TRANSFER_LABEL.matcher(Labels.normal(row.get(0).text())).matches()) {
                        return new Funding(TRANSFER, "来源：" + document.fileName() + " 表" + table.number() + " 表头“"
                                + row.get(0).text().strip() + "”");
                    }
                }
            }
        }
        for (SourceDocument document : documents) {
            for (Block block : document.blocks()) {
                // A heading naming one (转移支付绩效自评表, the 自评表's title) is as good as the title.
                if (block instanceof Heading heading && heading.text().contains(TRANSFER) != heading.text().contains(PROJECT)) {
                    return new Funding(heading.text().contains(TRANSFER) ? TRANSFER : PROJECT,
                            "来源：" + document.fileName() + " 标题“" + heading.text().strip() + "”");
                }
            }
        }
        String transfer = null;
        String project = null;
        for (SourceDocument document : documents) {
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    transfer = transfer != null ? transfer : quoted(document, paragraph.text(), TRANSFER);
                    project = project != null ? project : quoted(document, paragraph.text(), PROJECT);
                }
            }
        }
        if (transfer != null && project == null) {
            return new Funding(TRANSFER, transfer);
        }
        if (project != null && transfer == null) {
            return new Funding(PROJECT, project);
        }
        return null;
    }
}
