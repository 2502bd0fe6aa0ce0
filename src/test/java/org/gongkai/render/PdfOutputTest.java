package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.SampleContent;
import org.gongkai.load.ContentLoader;
import org.gongkai.model.Site;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml {@code outputs: [html, pdf]}: every sample report's report.pdf, read back with PDFBox, has
 * every figure of the page's tables (as {@link PageTables} reads them) in the page's order, one font,
 * embedded, with a glyph for every character shown, A4 pages numbered at their foot, the title block,
 * charts as vectors, a tagged structure; a table longer than a page repeats its header row and splits
 * no row; the same input gives the same bytes; an unchanged report's PDF is taken over by the next build;
 * no usable font is an error in Chinese that says what to install.
 */
class PdfOutputTest {

    private static final List<String> REPORTS = SampleContent.REPORTS;

    @TempDir
    static Path dir;
    static Path content;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        content = SampleContent.withOutputs(dir.resolve("sample"), "html, pdf");
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
    }

    private static Path folder(String report) {
        return site.resolve("units/" + report);
    }

    private static PDDocument pdf(String report) throws IOException {
        return Loader.loadPDF(folder(report).resolve("report.pdf").toFile());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the document in reading order, without whitespace (a line of a table cell may wrap anywhere). */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    @Test
    void everyFigureOfThePagesTablesIsInThePdfInThePagesOrder() throws IOException {
        for (String report : REPORTS) {
            List<PageTables.Table> tables = PageTables.scan(read(folder(report).resolve("index.html"))).stream()
                    .filter(PageTables.Table::published).toList();
            assertFalse(tables.isEmpty(), report);
            try (PDDocument pdf = pdf(report)) {
                String text = compact(text(pdf, 1, pdf.getNumberOfPages()));
                int at = 0;
                int figures = 0;
                for (PageTables.Table table : tables) {
                    int caption = text.indexOf(compact(table.caption()), at);
                    assertTrue(caption >= 0, report + ": the table " + table.caption() + " after position " + at);
                    at = caption;
                    for (List<PageTables.Cell> row : table.rows()) {
                        for (PageTables.Cell cell : row) {
                            if (cell.figure() && !cell.text().isEmpty()) {
                                int found = text.indexOf(compact(cell.text()), at);
                                assertTrue(found >= 0, report + ": " + table.caption() + ": the figure " + cell.text()
                                        + " of the row " + row + " after " + text.substring(at, Math.min(text.length(), at + 80)));
                                at = found + compact(cell.text()).length();
                                figures++;
                            }
                        }
                    }
                }
                assertTrue(figures > 10, report + ": " + figures + " figures");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndEveryCharacterShownHasItsGlyph() throws IOException {
        Site sample = new ContentLoader().load(content).content().site();
        PdfFont font = PdfFont.of(sample, content);
        {
            TrueTypeFont outlines = font.forThisThread();
            for (String report : REPORTS) {
                try (PDDocument pdf = pdf(report)) {
                    List<PDFont> fonts = new ArrayList<>();
                    for (PDPage page : pdf.getPages()) {
                        fonts(page.getResources(), fonts);
                    }
                    assertFalse(fonts.isEmpty(), report);
                    for (PDFont one : fonts) {
                        assertTrue(one.isEmbedded(), report + ": " + one.getName() + " embedded");
                        assertTrue(one.getName().endsWith("+" + font.name()), report + ": " + one.getName() + " is a subset of " + font.name());
                    }
                    String shown = text(pdf, 1, pdf.getNumberOfPages());
                    assertEquals(-1, shown.indexOf('\uFFFD'), report + ": no text without its character");
                    Document document = PdfWriter.document(read(folder(report).resolve("index.html")), svgs(folder(report)), "",
                            new OfficeFile("t", "a", java.time.LocalDate.of(2023, 1, 1)));
                    document.select("svg").remove();
                    String written = compact(document.body().text());
                    assertTrue(written.length() > 500, report);
                    written.codePoints().distinct().forEach(c -> {
                        assertNotEquals(0, glyph(outlines, c), report + ": the font has a glyph for " + Character.toString(c));
                        assertTrue(shown.indexOf(Character.toString(c)) >= 0, report + ": " + Character.toString(c) + " is in the PDF");
                    });
                }
            }
        }
    }

    private static int glyph(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of a page and of the forms it draws (the charts), recursively. */
    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    private static Map<String, String> svgs(Path folder) throws IOException {
        Map<String, String> svgs = new LinkedHashMap<>();
        Path charts = folder.resolve("charts");
        if (Files.isDirectory(charts)) {
            try (Stream<Path> files = Files.list(charts)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
                    svgs.put(file.getFileName().toString().replace(".svg", ""), Files.readString(file));
                }
            }
        }
        return svgs;
    }

    @Test
    void a4PagesNumberedTheTitleBlockAndTaggedForAccessibility() throws Exception {
        for (String report : REPORTS) {
            try (PDDocument pdf = pdf(report)) {
                int pages = pdf.getNumberOfPages();
                assertTrue(pages >= 2, report + ": " + pages + " pages");
                for (int i = 0; i < pages; i++) {
                    PDRectangle box = pdf.getPage(i).getMediaBox();
                    assertEquals(595.28, box.getWidth(), 1, report + " page " + (i + 1));
                    assertEquals(841.89, box.getHeight(), 1, report + " page " + (i + 1));
                    assertTrue(text(pdf, i + 1, i + 1).contains("第 " + (i + 1) + " 页 共 " + pages + " 页"),
                            report + ": the page number at the foot of page " + (i + 1));
                }
                String first = text(pdf, 1, 1);
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(read(folder(report).resolve("index.html")));
                assertTrue(compact(first).contains(compact(page.selectFirst("h1").text())), report + ": the title on page 1");
                for (var term : page.select("dl.disclosure-meta dt")) {
                    String line = term.text() + "：" + term.nextElementSibling().text();
                    assertTrue(compact(first).contains(compact(line)), report + ": " + line + " in the title block");
                }
                assertTrue(compact(first).contains("发布机构："), report);
                assertEquals(page.selectFirst("h1").text(), pdf.getDocumentInformation().getTitle());
                assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), report + ": tagged");
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), report + ": tagged");
                org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser()
                        .parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
                assertEquals(page.selectFirst("h1").text(), xmp.getDublinCoreSchema().getTitle(), report + ": XMP metadata");
                assertTrue(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)
                        .contains("<pdfuaid:part>1</pdfuaid:part>"), report + ": PDF/UA part 1");
            }
        }
    }

    /** The 决算's seven charts are drawn from their SVG: paths and text, no picture anywhere in the file. */
    @Test
    void chartsAreVectors() throws IOException {
        try (PDDocument pdf = pdf("jiange/2022/final-accounts")) {
            int forms = 0;
            for (PDPage page : pdf.getPages()) {
                forms += pictures(page.getResources());
            }
            String text = compact(text(pdf, 1, pdf.getNumberOfPages()));
            for (int n = 1; n <= 7; n++) {
                assertTrue(text.contains("图" + n), "the caption of 图" + n);
            }
            assertTrue(forms >= 7, "a drawing per chart: " + forms);
        }
    }

    /** Fails on any image in the resources; counts the forms. */
    private static int pictures(PDResources resources) throws IOException {
        int forms = 0;
        if (resources == null) {
            return forms;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            assertFalse(object instanceof PDImageXObject, "a picture: " + name.getName());
            if (object instanceof PDFormXObject form) {
                forms += 1 + pictures(form.getResources());
            }
        }
        return forms;
    }

    /** 120 rows of a 科目 table run over three pages: each repeats the header row, and no row is cut in two. */
    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowAndSplitsNoRow() throws IOException {
        Path copy = SampleContent.copyTo(dir.resolve("long"));
        SampleContent.edit(copy, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [pdf]");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            rows.append(String.format("      - { code: \"21011%02d\", name: 测试科目第%d行的名称较长以便折行显示在两行之中, amount: %d.%02d }%n",
                    i % 100, i, 1000 + i, i));
        }
        Path yaml = copy.resolve("units/wuhai/2023/medical-service-capacity.yaml");
        Files.writeString(yaml, Files.readString(yaml) + """

                tables:
                  - id: long
                    title: 一般公共预算财政拨款支出明细表
                    columns:
                      - { key: code, type: code, heading: 科目编码 }
                      - { key: name, heading: 科目名称 }
                      - { key: amount, type: amount, heading: 决算数 }
                    rows:
                """ + rows, StandardCharsets.UTF_8);
        Path out = dir.resolve("long/site");
        BuildResult result = new SiteBuilder().build(copy, out);
        assertFalse(result.failed(), result.diagnostics()::toString);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("units/wuhai/2023/medical-service-capacity/report.pdf").toFile())) {
            List<Integer> pagesWithRows = new ArrayList<>();
            int seen = 0;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String page = compact(text(pdf, p, p));
                boolean hasRows = false;
                for (int i = 1; i <= 120; i++) {
                    String label = "测试科目第" + i + "行的名称较长以便折行显示在两行之中";
                    if (page.contains(label)) {
                        hasRows = true;
                        seen++;
                        assertTrue(page.contains(String.format("%d.%02d", 1000 + i, i)), "row " + i + " whole on page " + p);
                    } else {
                        assertFalse(page.contains(String.format("%d.%02d", 1000 + i, i)), "row " + i + " split onto page " + p);
                    }
                }
                if (hasRows) {
                    pagesWithRows.add(p);
                    assertTrue(page.contains("科目编码科目名称决算数"), "the header row on page " + p + ": " + page);
                }
            }
            assertEquals(120, seen, "every row once");
            assertTrue(pagesWithRows.size() >= 3, "over several pages: " + pagesWithRows);
        }
    }

    @Test
    void sameInputSameBytesAndAnUnchangedReportIsNotMadeAgain() throws IOException {
        Path copy = dir.resolve("again");
        Path twice = copy.resolve("site");
        Path changed = SampleContent.copyTo(copy);
        SampleContent.edit(changed, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [html, pdf]");
        assertFalse(new SiteBuilder().build(changed, twice).failed());
        for (String report : REPORTS) {
            assertArrayEquals(Files.readAllBytes(folder(report).resolve("report.pdf")),
                    Files.readAllBytes(twice.resolve("units/" + report).resolve("report.pdf")), report);
        }
        Path jiange = twice.resolve("units/jiange/2022/final-accounts/report.pdf");
        Path wuhai = twice.resolve("units/wuhai/2023/medical-service-capacity/report.pdf");
        Object jiangeBefore = inode(jiange);
        byte[] wuhaiBytes = Files.readAllBytes(wuhai);
        SampleContent.edit(changed, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 8\n");
        assertFalse(new SiteBuilder().build(changed, twice).failed());
        assertEquals(jiangeBefore, inode(jiange), "an unchanged report's PDF is taken over, not made again");
        assertFalse(java.util.Arrays.equals(wuhaiBytes, Files.readAllBytes(wuhai)), "the changed report's PDF is made again");
        String page = read(twice.resolve("units/jiange/2022/final-accounts/index.html"));
        assertTrue(page.contains("<a href=\"report.pdf\" download>下载 PDF"), "linked from the page");
    }

    /**
     * The same page gives the same bytes whichever XML transformer the JVM finds (the tests' class path
     * has Saxon, the jar only the JDK's): openhtmltopdf's own XMP packet did not.
     */
    @Test
    void theBytesDoNotDependOnTheXmlTransformerOnTheClassPath() throws IOException {
        Site sample = new ContentLoader().load(content).content().site();
        PdfFont font = PdfFont.of(sample, content);
        Path folder = folder("wuhai/2023/medical-service-capacity");
        String html = read(folder.resolve("index.html"));
        OfficeFile file = new OfficeFile("标题", "发布机构", java.time.LocalDate.of(2024, 1, 1));
        String property = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(property);
        try {
            System.setProperty(property, "net.sf.saxon.TransformerFactoryImpl");
            byte[] saxon = PdfWriter.write(html, svgs(folder), "", font, file);
            System.setProperty(property, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
            byte[] jdk = PdfWriter.write(html, svgs(folder), "", font, file);
            assertArrayEquals(jdk, saxon);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void withoutAUsableFontTheBuildSaysInChineseWhatToInstall() throws IOException {
        Site sample = new ContentLoader().load(content).content().site();
        RenderException none = assertThrows(RenderException.class, () -> PdfFont.of(sample, content, List.of("/nonexistent/wqy-zenhei.ttc")));
        assertTrue(none.reason().contains("apt-get install fonts-wqy-zenhei"), none.reason());
        assertTrue(none.reason().contains("pdf-font"), none.reason());
        assertTrue(none.position().toString().contains("site.yaml"), none.position()::toString);

        Path own = SampleContent.copyTo(dir.resolve("fonts"));
        SampleContent.edit(own, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [pdf]\npdf-font: ../../secret.ttf");
        Path out = dir.resolve("fonts/site");
        RenderException outside = assertThrows(RenderException.class, () -> new SiteBuilder().build(own, out));
        assertTrue(outside.getMessage().matches(".*site\\.yaml:\\d+:\\d+: pdf-font 指向内容文件夹之外.*"), outside.getMessage());
        assertFalse(Files.exists(out), "nothing written");

        SampleContent.edit(own, "site.yaml", "pdf-font: ../../secret.ttf", "pdf-font: site.yaml");
        RenderException notAFont = assertThrows(RenderException.class, () -> new SiteBuilder().build(own, out));
        assertTrue(notAFont.getMessage().contains("不是可用的 TrueType 字体"), notAFont.getMessage());

        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        assumeTrue(Files.isRegularFile(noto), "Debian's fonts-noto-cjk");
        SampleContent.edit(own, "site.yaml", "pdf-font: site.yaml", "pdf-font: " + noto);
        RenderException cff = assertThrows(RenderException.class, () -> new SiteBuilder().build(own, out));
        assertTrue(cff.getMessage().contains("不是 TrueType 轮廓字体"), cff.getMessage());
    }

    /** A site sets its own font in site.yaml: a font file inside its content folder is the one embedded. */
    @Test
    void aSiteSetsItsOwnFont() throws IOException {
        Site sample = new ContentLoader().load(content).content().site();
        Path own = SampleContent.copyTo(dir.resolve("own"));
        Files.createDirectories(own.resolve("fonts"));
        Files.copy(PdfFont.of(sample, content).file(), own.resolve("fonts/仿宋.ttc"));
        SampleContent.edit(own, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [pdf]\npdf-font: fonts/仿宋.ttc");
        Site withFont = new ContentLoader().load(own).content().site();
        assertEquals("fonts/仿宋.ttc", withFont.pdfFont());
        assertEquals(own.resolve("fonts/仿宋.ttc").toAbsolutePath().normalize(), PdfFont.of(withFont, own).file());
        Path out = dir.resolve("own/site");
        assertFalse(new SiteBuilder().build(own, out).failed());
        assertTrue(Files.size(out.resolve("units/jiange/2022/final-accounts/report.pdf")) > 10_000);
    }

    /**
     * A site's own print stylesheet may come from another bureau: whatever it asks for outside the page (a
     * stylesheet, a background, a font, a file on this machine) is never fetched. A named pipe stands for the
     * file: reading it would block the build for good.
     */
    @Test
    void aSitesStylesheetFetchesNothing() throws Exception {
        Path own = SampleContent.copyTo(dir.resolve("hostile"));
        SampleContent.edit(own, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [pdf]");
        Path pipe = dir.resolve("hostile/pipe");
        new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
        Path css = own.resolveSibling("templates/assets/pdf.css");
        Files.createDirectories(css.getParent());
        String url = pipe.toUri().toString();
        Files.writeString(css, "@import url(\"" + url + "\");\n@font-face { font-family: x; src: url(\"" + url + "\"); }\n"
                + "body { font-family: x; background-image: url(\"" + url + "\"); }\n"
                + "h1 { background-image: url(\"http://127.0.0.1:9/x.png\"); }\n");
        Path out = dir.resolve("hostile/site");
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> assertFalse(new SiteBuilder().build(own, out).failed()));
        assertTrue(Files.size(out.resolve("units/jiange/2022/final-accounts/report.pdf")) > 10_000);
    }

    @Test
    void aFontWithoutChineseIsRefused() throws IOException {
        // DejaVu Sans has no Chinese: refused, with the character it lacks.
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isRegularFile(dejavu), "Debian's fonts-dejavu-core");
        Path own = SampleContent.copyTo(dir.resolve("latin"));
        Files.createDirectories(own.resolve("fonts"));
        Files.copy(dejavu, own.resolve("fonts/正文.ttf"));
        SampleContent.edit(own, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [pdf]\npdf-font: fonts/正文.ttf");
        RenderException latin = assertThrows(RenderException.class, () -> new SiteBuilder().build(own, dir.resolve("latin/site")));
        assertTrue(latin.getMessage().contains("没有中文字形"), latin.getMessage());
    }
}
