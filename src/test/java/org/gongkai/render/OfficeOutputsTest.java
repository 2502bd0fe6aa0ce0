package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.SampleContent;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * site.yaml {@code outputs: [html, xlsx, docx]}: every report's workbook and Word file, read back with
 * POI, hold the tables of its page (as {@link PageTables} reads them) cell by cell with the same
 * merged cells; figures are numbers in the decimals written; the same input gives the same bytes; an
 * unchanged report's files are taken over by the next build.
 */
class OfficeOutputsTest {

    private static final List<String> REPORTS = SampleContent.REPORTS;

    @TempDir
    static Path dir;
    static Path content;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        content = SampleContent.withOutputs(dir.resolve("sample"), "html, xlsx, docx");
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
    }

    private static Path report(String report) {
        return site.resolve("units/" + report);
    }

    private static String page(Path folder) {
        try {
            return Files.readString(folder.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWorkbookHoldsThePagesTablesCellByCellWithTheirMergedCells() throws IOException {
        for (String report : REPORTS) {
            assertWorkbookIsThePage(report(report));
        }
    }

    /** D38 (a 决算 of tables only, in 元): its 栏次 row is a header row of the sheet, 1523400.56 a number. */
    @Test
    void aTableWithItsLineNumbersAndThousandsInYuan() throws IOException {
        Path fixture = dir.resolve("d38/content");
        copy(Path.of("src/test/resources/fixtures/d38/content"), fixture);
        Files.writeString(fixture.resolve("site.yaml"), Files.readString(fixture.resolve("site.yaml")) + "\noutputs: [xlsx]\n");
        Path out = dir.resolve("d38/site");
        BuildResult result = new SiteBuilder(1).build(fixture, out);
        assertFalse(result.failed(), result.diagnostics()::toString);
        Path folder = out.resolve("units/tianxing/2021/final-accounts");
        assertWorkbookIsThePage(folder);
        assertFalse(Files.exists(folder.resolve("report.docx")), "only what outputs lists");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("report.xlsx"))))) {
            XSSFSheet summary = workbook.getSheet("公开01表 收入支出决算总表");
            assertNotNull(summary, "sheets named by their tables");
            assertTrue(rowTexts(summary).stream().anyMatch(row -> row.get(0).equals("栏次")), rowTexts(summary)::toString);
            XSSFCell grouped = find(summary, 1523400.56);
            assertNotNull(grouped, "1523400.56 is a number");
            assertEquals("0.00", grouped.getCellStyle().getDataFormatString());
            assertEquals("单位：元", summary.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void figuresAreNumbersWithTheDecimalsTheyAreWrittenWith() throws IOException {
        try (XSSFWorkbook accounts = workbook("jiange/2022/final-accounts");
                XSSFWorkbook funds = workbook("wuhai/2023/medical-service-capacity")) {
            XSSFSheet summary = accounts.getSheet("表1 收入支出决算总表");
            assertEquals("表1 收入支出决算总表", summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals("单位：万元", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals("收入", summary.getRow(2).getCell(0).getStringCellValue());
            assertTrue(summary.getMergedRegions().contains(new CellRangeAddress(2, 2, 0, 1)), "收入 over two columns");
            XSSFCell general = summary.getRow(4).getCell(1);
            assertEquals(CellType.NUMERIC, general.getCellType());
            assertEquals(3429.91, general.getNumericCellValue());
            assertEquals("0.00", general.getCellStyle().getDataFormatString());
            assertEquals(new CellRangeAddress(2, 3, -1, -1), summary.getRepeatingRows(), "header rows repeat on every printed page");

            XSSFSheet income = accounts.getSheet("表2 收入决算表");
            XSSFCell share = income.getRow(3).getCell(2);
            assertEquals(CellType.NUMERIC, share.getCellType());
            assertEquals(0.9646, share.getNumericCellValue(), 1e-12);
            assertEquals("0.00%", share.getCellStyle().getDataFormatString());
            assertEquals("96.46%", new DataFormatter().formatCellValue(share));
            assertEquals(CellType.STRING, income.getRow(3).getCell(0).getCellType(), "labels are text");

            XSSFCell tenths = find(funds.getSheetAt(sheetIndex(funds, "funds")), 373.6);
            assertNotNull(tenths, "中央财政资金 executed 373.6");
            assertEquals("0.0", tenths.getCellStyle().getDataFormatString());
        }
    }

    /** A cell longer than Excel holds (32,767 characters) is cut in the workbook, saying so; the build does not fail. */
    @Test
    void aTextLongerThanAnExcelCellIsCutAndSaysSo(@TempDir Path other) throws IOException {
        Path longer = SampleContent.withOutputs(other, "html, xlsx");
        String name = "医保经办服务能力".repeat(4_200);
        SampleContent.edit(longer, "units/jiange/2022/department-evaluation.yaml", "name: 配合上级专项稽核", "name: " + name);
        BuildResult result = new SiteBuilder().build(longer, other.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(
                other.resolve("site/units/jiange/2022/department-evaluation/report.xlsx"))))) {
            String cut = null;
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("医保经办服务能力医保")) {
                            cut = cell.getStringCellValue();
                        }
                    }
                }
            }
            assertNotNull(cut, "the long name is in the workbook");
            assertEquals(WorkbookWriter.CELL_LIMIT, cut.length());
            assertTrue(cut.endsWith("…（超出 Excel 单元格的长度上限，全文见网页）"), cut.substring(cut.length() - 30));
        }
    }

    /** A total row (合计) is bold in the workbook and the Word file, as on the page; the rows above it are not. */
    @Test
    void totalRowsAreBoldAsOnThePage() throws IOException {
        try (XSSFWorkbook accounts = workbook("jiange/2022/final-accounts")) {
            XSSFSheet basic = accounts.getSheet("表6 一般公共预算财政拨款基本支出决算表");
            XSSFCell staff = find(basic, 345.91);
            XSSFCell total = find(basic, 392.51);
            assertFalse(accounts.getFontAt(staff.getCellStyle().getFontIndex()).getBold(), "人员经费 345.91");
            assertTrue(accounts.getFontAt(total.getCellStyle().getFontIndex()).getBold(), "合计 392.51");
            assertEquals("合计", total.getRow().getCell(0).getStringCellValue());
            assertTrue(accounts.getFontAt(total.getRow().getCell(0).getCellStyle().getFontIndex()).getBold(), "its label");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(report("jiange/2022/final-accounts").resolve("report.docx"))))) {
            XWPFTable basic = word.getTables().stream().filter(t -> t.getText().contains("人员经费")).findFirst().orElseThrow();
            java.util.Map<String, Boolean> bold = new java.util.LinkedHashMap<>();
            for (var row : basic.getRows()) {
                var runs = row.getCell(0).getParagraphs().get(0).getRuns();
                bold.put(row.getCell(0).getText(), !runs.isEmpty() && runs.get(0).isBold());
            }
            assertEquals(java.util.Map.of("经济分类", true, "人员经费", false, "公用经费", false, "合计", true), bold,
                    "the heading and the total bold, the items not");
        }
    }

    @Test
    void theWordFileIsThePageInItsOrder() throws IOException {
        for (String report : REPORTS) {
            Path folder = report(report);
            String html = page(folder);
            Element main = Jsoup.parse(html).selectFirst("main");
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("report.docx"))))) {
                List<XWPFParagraph> paragraphs = word.getParagraphs();
                assertEquals("Title", paragraphs.get(0).getStyle());
                assertEquals(main.selectFirst("h1").text(), paragraphs.get(0).getText());
                assertEquals("发布机构：" + main.selectFirst("dl.disclosure-meta dd").text(), paragraphs.get(1).getText());
                List<String> headings = paragraphs.stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                        .map(p -> p.getStyle().substring("Heading".length()) + " " + p.getText()).toList();
                List<String> expected = main.select("h2, h3, h4, h5, h6").stream()
                        .filter(h -> h.closest("section.result, section.downloads") == null)
                        .map(h -> (h.tagName().charAt(1) - '1') + " " + h.text()).toList();
                assertEquals(expected, headings, report);
                assertFalse(headings.isEmpty());

                List<PageTables.Table> tables = PageTables.scan(html).stream().filter(PageTables.Table::published).toList();
                assertEquals(tables.size(), word.getTables().size(), report + ": every table; the charts as pictures");
                for (int i = 0; i < tables.size(); i++) {
                    assertWordTable(tables.get(i), word.getTables().get(i), report);
                }
                long charts = PageTables.scan(html).stream().filter(t -> !t.published()).count();
                assertEquals(charts, word.getAllPictures().size(), report + ": a picture per chart");
            }
        }
    }

    @Test
    void listsAreWordListsAndTheDecisionChartsArePictures() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(report("jiange/2022/final-accounts").resolve("report.docx"))))) {
            assertEquals(7, word.getAllPictures().size(), "图1–图7");
            assertTrue(word.getAllPictures().get(0).getData().length > 1000);
            XWPFParagraph duty = word.getParagraphs().stream().filter(p -> p.getText().startsWith("负责贯彻执行国家、省、市、县有关医疗保险"))
                    .findFirst().orElseThrow();
            assertNotNull(duty.getNumID(), "a list item keeps its numbering");
            assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("图1 ")), "the chart's caption");
            assertFalse(word.getParagraphs().stream().anyMatch(p -> p.getText().contains("下载")), "no download links");
        }
    }

    /** A site that publishes SVG charts only still gets pictures in Word (drawn for it); one without charts, their tables. */
    @Test
    void chartsInWordWhateverTheSitePublishes() throws IOException {
        for (String charts : List.of("svg", "none")) {
            Path copy = dir.resolve("charts-" + charts);
            Path folder = copy.resolve("site/units/jiange/2022/final-accounts");
            Path sample = SampleContent.copyTo(copy);
            SampleContent.edit(sample, "site.yaml", "language: zh-CN", "language: zh-CN\ncharts: " + charts + "\noutputs: [docx]");
            assertFalse(new SiteBuilder().build(sample, copy.resolve("site")).failed());
            assertFalse(Files.exists(folder.resolve("charts/total-change.png")), "no PNG published");
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("report.docx"))))) {
                if (charts.equals("svg")) {
                    assertEquals(7, word.getAllPictures().size(), "drawn for Word");
                    assertEquals(9, word.getTables().size());
                } else {
                    assertEquals(0, word.getAllPictures().size());
                    assertEquals(16, word.getTables().size(), "the 9 tables and the 7 charts' data tables");
                    assertEquals("2021年", word.getTables().get(0).getRow(1).getCell(0).getText(), "图1's data, from the year before");
                }
            }
        }
    }

    @Test
    void theReportPageLinksItsDownloadsOnlyWhenMade() throws IOException {
        String page = page(report("jiange/2022/final-accounts"));
        assertTrue(page.contains("<a href=\"report.xlsx\" download>下载 Excel"), "linked");
        assertTrue(page.contains("<a href=\"report.docx\" download>下载 Word"), "linked");
        Path plain = dir.resolve("plain");
        assertFalse(new SiteBuilder().build(SampleContent.copyTo(plain), plain.resolve("site")).failed());
        Path folder = plain.resolve("site/units/jiange/2022/final-accounts");
        assertFalse(Files.readString(folder.resolve("index.html")).contains("report.xlsx"));
        assertFalse(Files.exists(folder.resolve("report.xlsx")), "html only by default");
        assertFalse(Files.exists(folder.resolve("report.docx")));
    }

    @Test
    void sameInputSameBytesAndAnUnchangedReportIsNotMadeAgain() throws IOException {
        Path copy = dir.resolve("again");
        Path twice = copy.resolve("site");
        Path changed = SampleContent.copyTo(copy);
        SampleContent.edit(changed, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [html, xlsx, docx]");
        assertFalse(new SiteBuilder().build(changed, twice).failed());
        for (String report : REPORTS) {
            for (String file : List.of("report.xlsx", "report.docx")) {
                assertArrayEquals(Files.readAllBytes(report(report).resolve(file)), Files.readAllBytes(twice.resolve("units/" + report).resolve(file)),
                        report + "/" + file);
            }
        }
        Path jiange = twice.resolve("units/jiange/2022/final-accounts/report.docx");
        Path wuhai = twice.resolve("units/wuhai/2023/medical-service-capacity/report.xlsx");
        Object jiangeBefore = inode(jiange);
        Object wuhaiBefore = inode(wuhai);
        byte[] wuhaiBytes = Files.readAllBytes(wuhai);
        SampleContent.edit(changed, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 8\n");
        assertFalse(new SiteBuilder().build(changed, twice).failed());
        assertEquals(jiangeBefore, inode(jiange), "an unchanged report's Word file is taken over, not made again");
        assertNotEquals(wuhaiBefore, inode(wuhai), "the changed report's workbook is made again");
        assertFalse(java.util.Arrays.equals(wuhaiBytes, Files.readAllBytes(wuhai)), "with the new score");
    }

    /** Sheet by sheet: the caption, the 单位 line, then the table's grid, merged where the page merges. */
    private static void assertWorkbookIsThePage(Path folder) throws IOException {
        List<PageTables.Table> tables = PageTables.scan(page(folder)).stream().filter(PageTables.Table::published).toList();
        assertFalse(tables.isEmpty(), folder::toString);
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("report.xlsx"))))) {
            assertEquals(tables.size(), workbook.getNumberOfSheets(), folder + ": a sheet per table");
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < tables.size(); i++) {
                PageTables.Table table = tables.get(i);
                XSSFSheet sheet = workbook.getSheetAt(i);
                String where = folder + " " + table.key();
                assertTrue(sheet.getSheetName().length() <= 31 && sheet.getSheetName().matches("[^:\\\\/?*\\[\\]]+"), sheet.getSheetName());
                assertTrue(names.add(sheet.getSheetName()), "unique: " + sheet.getSheetName());
                assertEquals(table.caption(), sheet.getRow(0).getCell(0).getStringCellValue(), where);
                int top = 1;
                if (!table.unit().isEmpty()) {
                    assertEquals(table.unit(), sheet.getRow(1).getCell(0).getStringCellValue(), where);
                    top = 2;
                }
                TableGrid grid = TableGrid.of(table.rows());
                Set<String> merged = new TreeSet<>();
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    if (range.getFirstRow() >= top) {
                        merged.add(range.formatAsString());
                    }
                }
                Set<String> expected = new TreeSet<>();
                for (TableGrid.Placed placed : grid.cells()) {
                    if (placed.rowspan() > 1 || placed.colspan() > 1) {
                        expected.add(new CellRangeAddress(top + placed.row(), top + placed.row() + placed.rowspan() - 1,
                                placed.column(), placed.column() + placed.colspan() - 1).formatAsString());
                    }
                    XSSFCell cell = sheet.getRow(top + placed.row()).getCell(placed.column());
                    String text = placed.cell().text();
                    if (placed.cell().figure() && WrittenNumber.of(text).isPresent()) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), where + " " + text);
                        assertEquals(WrittenNumber.of(text).get().format(), cell.getCellStyle().getDataFormatString(), where + " " + text);
                        assertEquals(new java.math.BigDecimal(text.replace(",", "").replace("%", "")).doubleValue()
                                / (text.endsWith("%") ? 100 : 1), cell.getNumericCellValue(), 1e-9, where + " " + text);
                    } else {
                        assertEquals(text.isEmpty() ? CellType.BLANK : CellType.STRING, cell.getCellType(), where + " " + text);
                    }
                }
                assertEquals(expected, merged, where + ": merged cells");
                // The grid read back, merged cells repeated, is the page's table as its CSV has it.
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < grid.rows(); r++) {
                    List<String> row = new ArrayList<>();
                    XSSFRow line = sheet.getRow(top + r);
                    for (int c = 0; c < grid.columns(); c++) {
                        CellRangeAddress region = regionAt(sheet, top + r, c);
                        XSSFCell cell = region == null ? line.getCell(c)
                                : sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn());
                        row.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    rows.add(row);
                }
                assertEquals(trimmed(TableData.of(table).rows()), trimmed(rows), where);
                if (table.headRows() > 0) {
                    assertEquals(new CellRangeAddress(top, top + table.headRows() - 1, -1, -1), sheet.getRepeatingRows(), where);
                }
            }
        }
    }

    /** A row as its CSV has it: ragged rows end where their last cell does. */
    private static List<List<String>> trimmed(List<List<String>> rows) {
        return rows.stream().map(row -> {
            int end = row.size();
            while (end > 0 && row.get(end - 1).isEmpty()) {
                end--;
            }
            return row.subList(0, end);
        }).toList();
    }

    private static CellRangeAddress regionAt(XSSFSheet sheet, int row, int column) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(row, column)) {
                return range;
            }
        }
        return null;
    }

    /** Row by row, each Word cell as the page's: its text, its gridSpan, and vMerge where the page merges down. */
    private static void assertWordTable(PageTables.Table table, XWPFTable word, String report) {
        TableGrid grid = TableGrid.of(table.rows());
        assertEquals(grid.rows(), word.getRows().size(), report + " " + table.key());
        for (int r = 0; r < grid.rows(); r++) {
            List<String> expected = new ArrayList<>();
            for (TableGrid.Placed placed : grid.cells()) {
                if (placed.row() <= r && r < placed.row() + placed.rowspan()) {
                    String merge = placed.rowspan() == 1 ? "" : placed.row() == r ? "/restart" : "/continue";
                    expected.add(placed.column() + ":" + (placed.row() == r ? placed.cell().text() : "") + "/" + placed.colspan() + merge);
                }
            }
            expected.sort(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.substring(0, s.indexOf(':')))));
            XWPFTableRow row = word.getRow(r);
            List<String> actual = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                String merge = properties == null || !properties.isSetVMerge() ? ""
                        : properties.getVMerge().getVal() == STMerge.RESTART ? "/restart" : "/continue";
                if (!(cell.getText().isEmpty() && span == 1 && merge.isEmpty() && !occupied(grid, r, column))) {
                    actual.add(column + ":" + cell.getText() + "/" + span + merge);
                }
                column += span;
            }
            assertEquals(expected, actual, report + " " + table.key() + " row " + r);
            assertEquals(r < table.headRows(), row.isRepeatHeader(), report + " " + table.key() + " row " + r + " repeats");
        }
    }

    private static boolean occupied(TableGrid grid, int row, int column) {
        return grid.cells().stream().anyMatch(p -> p.row() <= row && row < p.row() + p.rowspan()
                && p.column() <= column && column < p.column() + p.colspan());
    }

    private static XSSFWorkbook workbook(String report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(report(report).resolve("report.xlsx"))));
    }

    private static int sheetIndex(XSSFWorkbook workbook, String key) {
        List<PageTables.Table> tables = PageTables.scan(page(report("wuhai/2023/medical-service-capacity"))).stream()
                .filter(PageTables.Table::published).toList();
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static XSSFCell find(XSSFSheet sheet, double value) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
                    return (XSSFCell) cell;
                }
            }
        }
        return null;
    }

    private static List<List<String>> rowTexts(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (var row : sheet) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                texts.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(texts);
        }
        return rows;
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
