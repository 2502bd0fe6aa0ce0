package org.gongkai.imports;

import org.gongkai.model.ControlCharacters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point of the import stage: reads one published file into a {@link SourceDocument}.
 * The file's real format is told from its bytes and must agree with its extension; a .docx/.xlsx is
 * unpacked once within the {@link ImportLimits} before mammoth or POI sees it. Immutable and
 * thread-safe: build one and read any number of files.
 */
public final class DocumentReader {

    private static final Map<String, SourceFormat> EXTENSIONS = Map.of(
            "docx", SourceFormat.DOCX, "doc", SourceFormat.DOC, "xlsx", SourceFormat.XLSX, "xlsm", SourceFormat.XLSX,
            "xls", SourceFormat.XLS, "html", SourceFormat.HTML, "htm", SourceFormat.HTML, "shtml", SourceFormat.HTML,
            "pdf", SourceFormat.PDF);
    private static final Map<String, String> ADVICE = Map.of(
            "wps", "这是 WPS 文字文件：请用 WPS 打开，“另存为” Word 文档（.docx）后再导入",
            "et", "这是 WPS 表格文件：请用 WPS 打开，“另存为” Excel 工作簿（.xlsx）后再导入",
            "ofd", "这是 OFD 版式文件：请找到它的 Word 或 Excel 原件导入，或用 OFD 阅读器导出为 PDF",
            "csv", "请用 Excel 或 WPS 打开它，“另存为” Excel 工作簿（.xlsx）后再导入",
            "mht", "这是“单个文件网页”：请在浏览器中重新“另存为网页（仅 HTML）”后再导入",
            "mhtml", "这是“单个文件网页”：请在浏览器中重新“另存为网页（仅 HTML）”后再导入",
            "rtf", "请用 Word 或 WPS 打开它，“另存为” Word 文档（.docx）后再导入",
            "xlsb", "请用 Excel 打开它，“另存为” Excel 工作簿（.xlsx）后再导入");


    private final ImportLimits limits;
    private final String searchPath;

    /** A reader with the default limits that finds LibreOffice on the PATH. */
    public DocumentReader() {
        this(ImportLimits.DEFAULT, System.getenv("PATH"));
    }

    /** A reader with these limits that looks for LibreOffice's {@code soffice} in {@code searchPath}. */
    public DocumentReader(ImportLimits limits, String searchPath) {
        this.limits = limits;
        this.searchPath = searchPath;
    }

    /** Reads {@code file}, or says in Chinese why it cannot. */
    public SourceDocument read(Path file) throws ImportException {
        String name = ControlCharacters.visible(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        SourceFormat expected = formatOf(name);
        checkFile(file, name);
        SniffedKind kind = new FormatSniffer(new ZipGuard(limits)).sniff(file, name);
        if (kind == SniffedKind.ENCRYPTED_OFFICE) {
            throw Encrypted.office(name);
        }
        if (kind.format() != expected) {
            throw mismatch(name, expected, kind);
        }
        return switch (expected) {
            case DOCX -> new WordReader(limits).read(file, name, SourceFormat.DOCX);
            case DOC -> new LegacyWordConverter(limits, searchPath).convert(file, name, this::readConvertedDocx);
            case XLSX, XLS -> new ExcelReader(limits).read(file, name, expected);
            case HTML -> new WebPageReader(limits).read(file, name);
            case PDF -> new PdfReader(limits).read(file, name);
        };
    }

    private SourceDocument readConvertedDocx(Path docx, String name, SourceFormat format) throws ImportException {
        checkFile(docx, name);
        if (new FormatSniffer(new ZipGuard(limits)).sniff(docx, name) != SniffedKind.DOCX) {
            throw new ImportException(name, "LibreOffice 转换出的文件不是 Word 文档",
                    "请用 Word 或 WPS 打开它，“另存为” Word 文档（.docx）后再导入");
        }
        return new WordReader(limits).read(docx, name, format);
    }

    private static SourceFormat formatOf(String name) throws ImportException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        SourceFormat format = EXTENSIONS.get(extension);
        if (format != null) {
            return format;
        }
        throw new ImportException(name, extension.isEmpty() ? "文件名没有扩展名，不知道它是什么格式" : "不支持 ." + extension + " 文件",
                ADVICE.getOrDefault(extension, "gongkai 可以导入 Word（.docx、.doc）、Excel（.xlsx、.xls）、网页（.html、.htm）和 PDF（.pdf）文件"));
    }

    private void checkFile(Path file, String name) throws ImportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "找不到这个文件", "请检查文件名和所在的文件夹");
        } catch (IOException e) {
            throw new ImportException(name, "无法读取这个文件", "请确认有权限打开它");
        }
        if (attributes.isDirectory()) {
            throw new ImportException(name, "这是一个文件夹，不是文件", "请指明文件夹中要导入的文件");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(name, "这不是普通文件（可能是设备、管道或套接字），没有读取", "请指明要导入的 Word、Excel、网页或 PDF 文件");
        }
        if (attributes.size() == 0) {
            throw new ImportException(name, "文件是空的（0 字节）", "文件可能没有下载或复制完整；请重新下载后再导入");
        }
        if (attributes.size() > limits.maxFileBytes()) {
            throw new ImportException(name, "文件有 " + ZipGuard.megabytes(attributes.size()) + "，超过 "
                    + ZipGuard.megabytes(limits.maxFileBytes()) + " 的上限",
                    "公开文件很少这么大；如果其中有大量图片，请删去图片或拆成几个文件后再导入");
        }
    }

    private static ImportException mismatch(String name, SourceFormat expected, SniffedKind actual) {
        String advice = actual.format() != null
                ? "请把文件的扩展名改为 " + actual.extension() + " 后再导入"
                : switch (actual) {
                    case TEXT, UNKNOWN -> "文件可能已损坏，或者不是它名字所说的文件；请重新下载，或用 Word、WPS、Excel 打开后“另存为”一份再导入";
                    case RTF -> "请用 Word 或 WPS 打开它，“另存为” Word 文档（.docx）后再导入";
                    case MHT -> "请在浏览器中重新“另存为网页（仅 HTML）”后再导入";
                    case XLSB -> "请用 Excel 打开它，“另存为” Excel 工作簿（.xlsx）后再导入";
                    case OFD -> "请找到它的 Word 或 Excel 原件导入，或用 OFD 阅读器导出为 PDF";
                    default -> "gongkai 可以导入 Word、Excel、网页和 PDF 文件；请找到这份文件的 Word 或 Excel 原件导入";
                };
        return new ImportException(name, "文件名表明它是" + expected.label() + "，但它的内容是" + actual.label(), advice);
    }
}
