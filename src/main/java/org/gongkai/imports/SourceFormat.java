package org.gongkai.imports;

/** The formats gongkai reads, with the name a clerk knows them by. */
public enum SourceFormat {
    DOCX("Word 文档（.docx）"),
    DOC("旧版 Word 文档（.doc）"),
    XLSX("Excel 工作簿（.xlsx）"),
    XLS("旧版 Excel 工作簿（.xls）"),
    HTML("网页（.html）"),
    PDF("PDF 文件（.pdf）");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** The format's name in Chinese, e.g. {@code Word 文档（.docx）}. */
    public String label() {
        return label;
    }
}
