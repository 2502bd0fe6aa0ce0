package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks every entry of a .docx/.xlsx once, counting what comes out, before a library opens it:
 * a zip bomb is stopped by its real output, not by the sizes its headers claim, and the first byte
 * past a bound stops the scan. XML parts with a document type declaration are refused too: Office
 * never writes one, and it is how entity expansion and external entities get into an XML parser.
 */
final class ZipGuard {

    private static final byte[][] DOCTYPE = {
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_8),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE),
    };

    private final ImportLimits limits;

    ZipGuard(ImportLimits limits) {
        this.limits = limits;
    }

    /** The names of the entries, once the whole file has been found within the limits. */
    Set<String> check(Path file, String name) throws ImportException {
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (names.size() > limits.maxZipEntries()) {
                    throw bomb(name, "其中的文件超过 " + limits.maxZipEntries() + " 个");
                }
                boolean xml = isXml(entry.getName());
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                byte[] tail = new byte[0];
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        unpacked += read;
                        total += read;
                        if (total > limits.maxUnpackedBytes()) {
                            throw bomb(name, "解压后超过 " + megabytes(limits.maxUnpackedBytes()));
                        }
                        if (xml && unpacked > limits.maxXmlPartBytes()) {
                            throw bomb(name, "其中的 " + entry.getName() + " 解压后超过 " + megabytes(limits.maxXmlPartBytes()));
                        }
                        if (unpacked > ImportLimits.RATIO_FLOOR_BYTES && unpacked / packed > limits.maxCompressionRatio()) {
                            throw bomb(name, "其中的 " + entry.getName() + " 压缩比超过 " + limits.maxCompressionRatio() + " 倍");
                        }
                        if (xml) {
                            tail = scanForDoctype(tail, buffer, read, name, entry.getName());
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new ImportException(name, "文件已损坏，无法作为 zip 包解开（.docx 和 .xlsx 都是 zip 包）",
                    "请用 Word、WPS 或 Excel 打开它，“另存为”一份新文件后再导入");
        } catch (IOException e) {
            throw new ImportException(name, "读取文件时出错，文件可能已损坏或不完整",
                    "请重新下载或用 Word、WPS、Excel “另存为”一份新文件后再导入");
        }
        return names;
    }

    private static byte[] scanForDoctype(byte[] tail, byte[] buffer, int read, String name, String entry)
            throws ImportException {
        byte[] window = new byte[tail.length + read];
        System.arraycopy(tail, 0, window, 0, tail.length);
        System.arraycopy(buffer, 0, window, tail.length, read);
        for (byte[] pattern : DOCTYPE) {
            if (indexOf(window, pattern) >= 0) {
                throw new ImportException(name, "其中的 " + entry + " 带有文档类型声明（<!DOCTYPE），Word 和 Excel 从不写它，"
                        + "这样的文件可能是恶意构造的", "请用 Word、WPS 或 Excel 打开它，“另存为”一份新文件后再导入");
            }
        }
        int keep = Math.min(window.length, 2 * DOCTYPE[0].length);
        byte[] next = new byte[keep];
        System.arraycopy(window, window.length - keep, next, 0, keep);
        return next;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isXml(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static ImportException bomb(String name, String what) {
        return new ImportException(name, what + "，远大于任何公开文件，可能是“压缩炸弹”，没有读取",
                "如果这确实是一份正常文件，请删去其中的图片或拆成几个文件后再导入");
    }

    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
