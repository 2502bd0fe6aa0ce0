package org.gongkai.imports;

/** What a file's bytes say it is, whatever its name says. */
enum SniffedKind {
    DOCX("Word 文档（.docx）", ".docx"),
    XLSX("Excel 工作簿（.xlsx）", ".xlsx"),
    DOC("旧版 Word 文档（.doc）", ".doc"),
    XLS("旧版 Excel 工作簿（.xls）", ".xls"),
    HTML("网页（HTML）", ".html"),
    PDF("PDF 文件", ".pdf"),
    ENCRYPTED_OFFICE("加了密码的 Office 文件", ""),
    XLSB("Excel 二进制工作簿（.xlsb）", ""),
    PRESENTATION("PowerPoint 演示文稿", ""),
    OPEN_DOCUMENT("OpenDocument 文件（.odt/.ods）", ""),
    OFD("OFD 版式文件", ""),
    OTHER_ZIP("zip 压缩包（不是 Word 或 Excel 文件）", ""),
    OTHER_OFFICE("无法识别的旧版 Office 文件", ""),
    RTF("RTF 文档", ""),
    MHT("单个文件网页（.mht）", ""),
    TEXT("纯文本", ""),
    UNKNOWN("无法识别的内容（不是 Word、Excel、网页或 PDF，可能已损坏）", "");

    private final String label;
    private final String extension;

    SniffedKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    String label() {
        return label;
    }

    /** The extension a file of this kind should have when gongkai reads the kind, else empty. */
    String extension() {
        return extension;
    }

    SourceFormat format() {
        return switch (this) {
            case DOCX -> SourceFormat.DOCX;
            case XLSX -> SourceFormat.XLSX;
            case DOC -> SourceFormat.DOC;
            case XLS -> SourceFormat.XLS;
            case HTML -> SourceFormat.HTML;
            case PDF -> SourceFormat.PDF;
            default -> null;
        };
    }
}
