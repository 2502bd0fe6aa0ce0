package org.gongkai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.gongkai.model.Position;
import org.gongkai.model.Site;

/**
 * The font report.pdf is set in and embeds (a subset of). openhtmltopdf draws with TrueType outlines
 * only, so the font must be a .ttf, or a .ttc whose first font is one (the CFF-based Noto CJK .ttc files
 * Debian ships are not), must have Chinese glyphs and must allow embedding (OS/2 fsType). It is the
 * file site.yaml names ({@code pdf-font}: inside the content folder, or in a system font folder), else
 * the first of {@link #KNOWN} that is installed. The file is read once per build and kept in memory.
 */
final class PdfFont {

    /** Where the default font is looked for: WenQuanYi Zen Hei (文泉驿正黑) as Debian/Ubuntu, Fedora and Arch install it. */
    static final List<String> KNOWN = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc");
    /** The system font folders a {@code pdf-font} outside the content folder may be in. */
    static final List<String> SYSTEM_FOLDERS = List.of("/usr/share/fonts/", "/usr/local/share/fonts/", "/Library/Fonts/",
            "/System/Library/Fonts/", "C:\\Windows\\Fonts\\", "C:/Windows/Fonts/");
    /** Characters every report has: a font without them is not a Chinese font. */
    private static final String SAMPLE = "部门决算收入支出合计万元";
    private static final String INSTALL = "请安装文泉驿正黑字体（Debian/Ubuntu：apt-get install fonts-wqy-zenhei；"
            + "Fedora：dnf install wqy-zenhei-fonts），或在 site.yaml 中用 pdf-font 指定一个中文 TrueType 字体文件"
            + "（.ttf 或 .ttc，如 pdf-font: fonts/仿宋.ttf，放在内容文件夹内或系统字体文件夹中）";

    private final Path file;
    private final byte[] bytes;
    private final String name;

    private PdfFont(Path file, byte[] bytes, String name) {
        this.file = file;
        this.bytes = bytes;
        this.name = name;
    }

    /**
     * The font of a site that makes PDF files; a font that is missing or cannot be used is a
     * {@link RenderException} saying, in Chinese, what to install or set.
     */
    static PdfFont of(Site site, Path contentDir) {
        return of(site, contentDir, KNOWN);
    }

    /** As {@link #of(Site, Path)}, the default font looked for at {@code known}. */
    static PdfFont of(Site site, Path contentDir, List<String> known) {
        if (site.pdfFont() != null && !site.pdfFont().isBlank()) {
            Position at = site.origin() == null ? Position.ofFile("site.yaml") : site.origin().of("pdf-font");
            Path file = named(site.pdfFont().strip(), contentDir, at);
            if (!Files.isRegularFile(file)) {
                throw new RenderException(at, "pdf-font 指定的字体文件不存在：" + site.pdfFont() + "。" + INSTALL, null);
            }
            return read(file, at);
        }
        for (String one : known) {
            Path file = Path.of(one);
            if (Files.isRegularFile(file)) {
                return read(file, Position.ofFile(file.toString()));
            }
        }
        Position at = site.origin() == null ? Position.ofFile("site.yaml") : site.origin().of("outputs");
        throw new RenderException(at, "outputs 列出了 pdf，但没有找到可嵌入 PDF 的中文 TrueType 字体（已查找 "
                + String.join("、", known) + "）。" + INSTALL, null);
    }

    /** A {@code pdf-font} path: relative to the content folder and inside it, or absolute in a system font folder. */
    private static Path named(String written, Path contentDir, Position at) {
        Path path = Path.of(written);
        if (path.isAbsolute()) {
            String normal = path.normalize().toString();
            if (SYSTEM_FOLDERS.stream().anyMatch(folder -> normal.startsWith(folder))) {
                return path.normalize();
            }
            throw new RenderException(at, "pdf-font 只能是内容文件夹内的文件（如 fonts/仿宋.ttf）或系统字体文件夹（"
                    + String.join("、", SYSTEM_FOLDERS.subList(0, 4)) + "、C:\\Windows\\Fonts\\）中的文件，不会读取：" + written, null);
        }
        Path root = contentDir.toAbsolutePath().normalize();
        Path resolved = root.resolve(path).normalize();
        try {
            if (!resolved.startsWith(root) || Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath())) {
                throw new RenderException(at, "pdf-font 指向内容文件夹之外，不会读取：" + written, null);
            }
        } catch (IOException e) {
            throw new RenderException(at, "pdf-font 指定的字体文件无法读取：" + written + "。" + INSTALL, e);
        }
        return resolved;
    }

    private static PdfFont read(Path file, Position at) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RenderException(at, "字体文件无法读取：" + file + "。" + INSTALL, e);
        }
        try (Opened opened = open(bytes, file)) {
            TrueTypeFont font = opened.font();
            if (font == null || font.getTableMap().get("glyf") == null) {
                throw new RenderException(at, "字体 " + file + " 不是 TrueType 轮廓字体（如 Noto CJK 的 .ttc 是 CFF 轮廓，"
                        + "openhtmltopdf 不能嵌入）。" + INSTALL, null);
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            if (os2 != null && (os2.getFsType() & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
                throw new RenderException(at, "字体 " + file + " 的许可不允许嵌入文件（OS/2 fsType 为“受限”）。" + INSTALL, null);
            }
            for (int i = 0; i < SAMPLE.length(); i++) {
                if (font.getUnicodeCmapLookup().getGlyphId(SAMPLE.charAt(i)) == 0) {
                    throw new RenderException(at, "字体 " + file + " 没有中文字形（缺“" + SAMPLE.charAt(i) + "”）。" + INSTALL, null);
                }
            }
            return new PdfFont(file, bytes, font.getName());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderException render) {
                throw render;
            }
            throw new RenderException(at, "字体 " + file + " 无法读取，不是可用的 TrueType 字体（.ttf 或 .ttc）。" + INSTALL, e);
        }
    }

    /**
     * The font, parsed once per thread that writes PDFs: its tables are read lazily and are not safe to share
     * between threads, while parsing a collection of 16 MB for every PDF cost a tenth of its time.
     */
    TrueTypeFont forThisThread() throws IOException {
        Opened opened = perThread.get();
        if (opened == null) {
            opened = open(bytes, file);
            perThread.set(opened);
        }
        return opened.font();
    }

    private final ThreadLocal<Opened> perThread = new ThreadLocal<>();

    private static Opened open(byte[] bytes, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return new Opened(first[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new Opened(font, font);
    }

    /** A font and what to close when the document is written. */
    record Opened(TrueTypeFont font, java.io.Closeable owner) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    Path file() {
        return file;
    }

    /** The font's PostScript name (WenQuanYiZenHei). */
    String name() {
        return name;
    }

    /** What the PDF files depend on of the font: its path, size and a digest of its bytes. */
    String identity() {
        return new org.gongkai.load.Digest().text(file.toString()).bytes("font", bytes).hex();
    }
}
