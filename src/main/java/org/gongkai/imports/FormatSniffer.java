package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells what a file is from its bytes; a zip is unpacked once through {@link ZipGuard} to see inside. */
final class FormatSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int SAMPLE = 8192;

    private final ZipGuard zipGuard;

    FormatSniffer(ZipGuard zipGuard) {
        this.zipGuard = zipGuard;
    }

    SniffedKind sniff(Path file, String name) throws ImportException {
        byte[] head = head(file, name);
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return zipKind(zipGuard.check(file, name));
        }
        if (startsWith(head, OLE2)) {
            return officeKind(file, name);
        }
        String text = sample(head);
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (text.substring(0, Math.min(text.length(), 1024)).contains("%PDF-")) {
            return SniffedKind.PDF;
        }
        if (trimmed.startsWith("{\\rtf")) {
            return SniffedKind.RTF;
        }
        if (trimmed.startsWith("mime-version:") || trimmed.contains("content-type: multipart/related")) {
            return SniffedKind.MHT;
        }
        if (trimmed.startsWith("<") && (trimmed.contains("<html") || trimmed.contains("<!doctype html")
                || trimmed.contains("<body") || trimmed.contains("<head") || trimmed.contains("<table")
                || trimmed.contains("<meta") || trimmed.contains("<div") || trimmed.contains("<p"))) {
            return SniffedKind.HTML;
        }
        return looksLikeText(head) ? SniffedKind.TEXT : SniffedKind.UNKNOWN;
    }

    private static SniffedKind zipKind(Set<String> names) {
        if (names.contains("word/document.xml")) {
            return SniffedKind.DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return SniffedKind.XLSX;
        }
        if (names.contains("xl/workbook.bin")) {
            return SniffedKind.XLSB;
        }
        if (names.contains("ppt/presentation.xml")) {
            return SniffedKind.PRESENTATION;
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            return SniffedKind.OPEN_DOCUMENT;
        }
        if (names.contains("OFD.xml")) {
            return SniffedKind.OFD;
        }
        return SniffedKind.OTHER_ZIP;
    }

    private static SniffedKind officeKind(Path file, String name) throws ImportException {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name, "文件已损坏：它像是旧版 Office 文件，但无法读出其中的内容",
                    "请用 Word、WPS 或 Excel 打开它，“另存为”一份新文件后再导入");
        }
        if (entries.contains("EncryptedPackage")) {
            return SniffedKind.ENCRYPTED_OFFICE;
        }
        if (entries.contains("WordDocument")) {
            return SniffedKind.DOC;
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return SniffedKind.XLS;
        }
        if (entries.contains("PowerPoint Document")) {
            return SniffedKind.PRESENTATION;
        }
        return SniffedKind.OTHER_OFFICE;
    }

    private static byte[] head(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new ImportException(name, "无法读取文件", "请确认文件存在、可以打开，再导入");
        }
    }

    private static String sample(byte[] head) {
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        return new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    }

    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
