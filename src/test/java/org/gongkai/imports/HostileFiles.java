package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile and broken files, each generated here, for the reader's test ({@link HostileFilesTest}) and the
 * command's ({@code ImportCommandHostileTest}): every one is refused with a message in Chinese that names the
 * file and says what is wrong.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** Makes the file in {@code folder} and returns its path. */
    @FunctionalInterface
    public interface Maker {
        Path make(Path folder) throws Exception;
    }

    /**
     * One hostile file: its name, how to make it, the fragments its message holds.
     *
     * @param beyondDefaultOnly whether it passes a bound only as {@link HostileFilesTest}'s small limits set it
     *        (3 MB unpacked, a 2 MB part, 2 PDF pages); past the default bounds (256 MB, 24 MB, 1,000 pages)
     *        it would cost that much to build
     */
    public record Hostile(String name, Maker maker, List<String> expected, boolean beyondDefaultOnly) {
        @Override
        public String toString() {
            return name;
        }

        Hostile small() {
            return new Hostile(name, maker, expected, true);
        }
    }

    /** The hostile and broken files, each made on demand. */
    public static Stream<Hostile> files() {
        return Stream.of(
                // what the bytes are, against what the name says
                hostile("empty.docx", bytes(new byte[0]), "文件是空的"),
                hostile("empty.xlsx", bytes(new byte[0]), "文件是空的"),
                hostile("random.docx", bytes(random(4096)), "内容是无法识别的内容"),
                hostile("random.xls", bytes(random(4096)), "内容是无法识别的内容"),
                hostile("random.pdf", bytes(random(4096)), "内容是无法识别的内容"),
                hostile("report.docx", folder -> Files.move(SampleFiles.pdf(folder, "x.pdf", "Text"), folder.resolve("report.docx")),
                        "内容是PDF 文件", "改为 .pdf"),
                hostile("export.xls", bytes(SampleFiles.utf8("<html><body><table><tr><td>1</td></tr></table></body></html>")),
                        "内容是网页（HTML）", "改为 .html"),
                hostile("tables.xlsx", folder -> Files.move(SampleFiles.reportDocx(folder), folder.resolve("tables.xlsx")),
                        "内容是Word 文档（.docx）", "改为 .docx"),
                hostile("report.docx", folder -> Files.move(SampleFiles.accountsWorkbook(folder, false), folder.resolve("report.docx")),
                        "内容是Excel 工作簿（.xlsx）", "改为 .xlsx"),
                hostile("tables.xlsx", folder -> Files.move(SampleFiles.accountsWorkbook(folder, true), folder.resolve("tables.xlsx")),
                        "内容是旧版 Excel 工作簿（.xls）", "改为 .xls"),
                hostile("report.docx", folder -> ole2(folder.resolve("report.docx"), "WordDocument"),
                        "内容是旧版 Word 文档（.doc）", "改为 .doc"),
                hostile("report.docx", folder -> zip(folder.resolve("report.docx"), Map.of("a.txt", SampleFiles.utf8("hello"))),
                        "zip 压缩包（不是 Word 或 Excel 文件）"),
                hostile("slides.docx", folder -> zip(folder.resolve("slides.docx"), Map.of("ppt/presentation.xml", SampleFiles.utf8("<p/>"))),
                        "PowerPoint 演示文稿"),
                hostile("notes.docx", bytes(SampleFiles.utf8("单位：万元\n基本支出 392.51\n")), "内容是纯文本"),
                hostile("old.doc", bytes(SampleFiles.utf8("{\\rtf1\\ansi 单位}")), "内容是RTF 文档", "另存为” Word 文档"),
                hostile("page.html", bytes(SampleFiles.utf8("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n")),
                        "单个文件网页（.mht）"),
                hostile("garbage.xls", folder -> ole2(folder.resolve("garbage.xls"), "Something"), "无法识别的旧版 Office 文件"),
                // unsupported or unusable files
                hostile("报告.wps", bytes(random(64)), "不支持 .wps 文件", "用 WPS 打开"),
                hostile("报告.ofd", bytes(random(64)), "不支持 .ofd 文件", "OFD"),
                hostile("报告", bytes(random(64)), "没有扩展名"),
                hostile("\\u001B[2J.docx", folder -> write(folder.resolve("\u001B[2J.docx"), new byte[0]), "文件是空的"),
                hostile("folder.docx", folder -> Files.createDirectory(folder.resolve("folder.docx")), "这是一个文件夹"),
                hostile("missing.xlsx", folder -> folder.resolve("missing.xlsx"), "找不到这个文件"),
                hostile("pipe.docx", HostileFiles::fifo, "不是普通文件"),
                hostile("huge.pdf", folder -> sparse(folder.resolve("huge.pdf"), 33L << 20), "文件有 33 MB，超过 32 MB 的上限"),
                // corrupt and encrypted
                hostile("cut.docx", folder -> truncated(SampleFiles.reportDocx(folder), folder.resolve("cut.docx")), "已损坏"),
                hostile("cut.xlsx", folder -> truncated(SampleFiles.accountsWorkbook(folder, false), folder.resolve("cut.xlsx")), "已损坏"),
                hostile("broken.docx", folder -> zip(folder.resolve("broken.docx"), Map.of("word/document.xml", SampleFiles.utf8("<w:document"))),
                        "Word 文档已损坏或内容不完整"),
                hostile("broken.xlsx", folder -> zip(folder.resolve("broken.xlsx"), Map.of("xl/workbook.xml", SampleFiles.utf8("<<<"))),
                        "Excel 工作簿已损坏或内容不完整"),
                hostile("cut.pdf", bytes(SampleFiles.utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\n")), "PDF 文件已损坏"),
                hostile("locked.docx", folder -> encryptedOoxml(SampleFiles.reportDocx(folder), folder.resolve("locked.docx")),
                        "文件设置了打开密码", "删除密码"),
                hostile("locked.xlsx", folder -> encryptedOoxml(SampleFiles.accountsWorkbook(folder, false), folder.resolve("locked.xlsx")),
                        "文件设置了打开密码"),
                hostile("locked.xls", HostileFiles::encryptedXls, "文件设置了打开密码"),
                hostile("locked.pdf", HostileFiles::encryptedPdf, "PDF 设置了打开密码"),
                hostile("scan.pdf", folder -> SampleFiles.pdf(folder, "scan.pdf"), "没有可以读取的文字", "扫描"),
                hostile("long.pdf", HostileFiles::threePages, "PDF 有 3 页，超过 2 页的上限").small(),
                // bombs and sizes
                hostile("entries.docx", folder -> manyEntries(folder.resolve("entries.docx"), 1_001), "其中的文件超过 1000 个", "压缩炸弹"),
                hostile("ratio.docx", folder -> docxWith(folder, "ratio.docx", "word/media/image1.png", new byte[2 << 20]),
                        "word/media/image1.png 压缩比超过 100 倍"),
                hostile("total.docx", folder -> docxWith(folder, "total.docx", "word/media/image1.png", random(4 << 20)),
                        "解压后超过 3 MB").small(),
                hostile("part.xlsx", folder -> xlsxWith(folder, "part.xlsx", "xl/sharedStrings.xml", xmlOf(random(3 << 20))),
                        "xl/sharedStrings.xml 解压后超过 2 MB").small(),
                hostile("xxe.docx", folder -> docxWith(folder, "xxe.docx", "word/document.xml", SampleFiles.utf8(
                        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document>&x;</w:document>")),
                        "word/document.xml 带有文档类型声明"),
                hostile("laughs.xlsx", folder -> xlsxWith(folder, "laughs.xlsx", "xl/sharedStrings.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><sst/>".getBytes(StandardCharsets.UTF_16LE)),
                        "带有文档类型声明"),
                hostile("nested.docx", HostileFiles::nestedTables, "嵌套得太深"),
                hostile("rows.docx", folder -> docxWith(folder, "rows.docx", "word/document.xml", SampleFiles.utf8(
                        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
                        + "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>".repeat(10_000) + "</w:tbl></w:body></w:document>")),
                        "表1 有 10000 行，超过 5000 行的上限"),
                hostile("rows.xlsx", folder -> sheetRows(folder.resolve("rows.xlsx"), 10_000), "超过 5000 行的上限"),
                hostile("columns.xlsx", HostileFiles::wideSheet, "超过 256 列的上限"),
                hostile("overlap.xlsx", HostileFiles::overlappingMerges, "合并单元格互相重叠"),
                hostile("rows.html", folder -> write(folder.resolve("rows.html"),
                        SampleFiles.utf8("<html><body><table>" + "<tr><td>1</td></tr>".repeat(10_000) + "</table></body></html>")),
                        "表1 有 10000 行，超过 5000 行的上限"),
                hostile("wide.html", folder -> write(folder.resolve("wide.html"),
                        SampleFiles.utf8("<html><body><table><tr><td colspan=200>a</td><td colspan=100>b</td></tr></table></body></html>")),
                        "表1 第1行超过 256 列的上限"),
                hostile("deep.html", folder -> write(folder.resolve("deep.html"),
                        SampleFiles.utf8("<html><body>" + "<div>".repeat(10_000) + "x</body></html>")),
                        "内容嵌套超过 200 层"),
                hostile("empty.html", bytes(SampleFiles.utf8("<html><body><div class=\"nav\"></div></body></html>")), "网页中没有找到正文"),
                // .doc without LibreOffice, and with one that fails
                hostile("old.doc", folder -> ole2(folder.resolve("old.doc"), "WordDocument"),
                        "这是旧版 Word 97-2003 文档（.doc）", "没有安装", "另存为", "soffice"));
    }

    private static Hostile hostile(String name, Maker maker, String... expected) {
        return new Hostile(name, maker, List.of(expected), false);
    }

    private static Hostile hostile(String name, byte[] content, String... expected) {
        return hostile(name, folder -> write(folder.resolve(name), content), expected);
    }

    /** A file of these bytes, named as its case. */
    private static byte[] bytes(byte[] content) {
        return content;
    }

    public static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] xmlOf(byte[] random) {
        StringBuilder xml = new StringBuilder("<sst>");
        for (byte b : random) {
            xml.append((char) ('a' + Math.floorMod(b, 26)));
        }
        return SampleFiles.utf8(xml.append("</sst>").toString());
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        return file;
    }

    private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static Path manyEntries(Path file, int count) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.closeEntry();
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("word/media/" + i + ".png"));
                out.closeEntry();
            }
        }
        return file;
    }

    private static Path docxWith(Path folder, String name, String entry, byte[] content) throws IOException {
        Path docx = SampleFiles.reportDocx(Files.createDirectories(folder.resolve("source")));
        return SampleFiles.rezip(docx, folder.resolve(name), Map.of(entry, content));
    }

    private static Path xlsxWith(Path folder, String name, String entry, byte[] content) throws IOException {
        Path xlsx = SampleFiles.accountsWorkbook(Files.createDirectories(folder.resolve("source")), false);
        return SampleFiles.rezip(xlsx, folder.resolve(name), Map.of(entry, content));
    }

    static Path ole2(Path file, String entry) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(random(1024)), entry);
            fs.writeFilesystem(out);
        }
        return file;
    }

    private static Path fifo(Path folder) throws Exception {
        Path pipe = folder.resolve("pipe.docx");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        return pipe;
    }

    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
        return file;
    }

    private static Path truncated(Path source, Path target) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return write(target, Arrays.copyOf(all, all.length / 2));
    }

    private static Path encryptedOoxml(Path source, Path target) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage opc = OPCPackage.open(source.toFile()); OutputStream data = encryptor.getDataStream(fs)) {
                opc.save(data);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    private static Path encryptedXls(Path folder) throws Exception {
        Path file = folder.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            SampleFiles.text(workbook.createSheet("公开01表"), 0, 0, "收入支出决算总表");
            SampleFiles.write(workbook, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    private static Path encryptedPdf(Path folder) throws IOException {
        Path file = folder.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Tables nested 20,000 deep in Word's XML, with random attributes so that they do not compress like a bomb. */
    private static Path nestedTables(Path folder) throws IOException {
        Path docx = SampleFiles.reportDocx(Files.createDirectories(folder.resolve("source")));
        String xml = new String(SampleFiles.entry(docx, "word/document.xml"), StandardCharsets.UTF_8);
        Random random = new Random(1);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            nested.append("<w:tbl w:x=\"").append(Long.toHexString(random.nextLong())).append("\"><w:tr><w:tc>");
        }
        nested.append("</w:tc></w:tr></w:tbl>".repeat(20_000));
        byte[] deep = SampleFiles.utf8(xml.replace("<w:body>", "<w:body>" + nested));
        return SampleFiles.rezip(docx, folder.resolve("nested.docx"), Map.of("word/document.xml", deep));
    }

    private static Path threePages(Path folder) throws IOException {
        Path file = folder.resolve("long.pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                pdf.addPage(new PDPage());
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static Path sheetRows(Path file, int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("公开01表");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            SampleFiles.write(workbook, file);
        }
        return file;
    }

    private static Path wideSheet(Path folder) throws IOException {
        Path file = folder.resolve("columns.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("公开01表");
            SampleFiles.text(sheet, 0, 0, "项目");
            SampleFiles.text(sheet, 0, 300, "远处的单元格");
            SampleFiles.write(workbook, file);
        }
        return file;
    }

    private static Path overlappingMerges(Path folder) throws IOException {
        Path file = folder.resolve("overlap.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("公开01表");
            SampleFiles.text(sheet, 0, 0, "项目");
            SampleFiles.text(sheet, 3, 3, "合计");
            for (int i = 0; i < 5; i++) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 3, 0, 3));
            }
            SampleFiles.write(workbook, file);
        }
        return file;
    }
}
