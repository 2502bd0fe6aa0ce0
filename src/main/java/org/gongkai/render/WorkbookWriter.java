package org.gongkai.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * report.xlsx: one sheet per table of the report's page, laid out as published: the table's title, its
 * 单位 line, its header rows with their merged cells (repeated on every printed page), then its rows
 * with their labels and totals. Figures are numbers with the decimals the page writes them with as
 * their format ({@link WrittenNumber}), so 3429.91 shows as 3429.91 and adds up; everything else is text.
 * Made from the tables the page shows ({@link PageTables}), so the workbook cannot disagree with it.
 */
final class WorkbookWriter {

    private static final String FONT = "宋体";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();

    private WorkbookWriter() {
    }

    /** The workbook of a page's tables (those of the document, not the charts' figures). */
    static byte[] write(List<PageTables.Table> tables, String reportTitle, OfficeFile file) {
        WorkbookWriter writer = new WorkbookWriter();
        SheetNames names = new SheetNames();
        List<PageTables.Table> published = tables.stream().filter(PageTables.Table::published).toList();
        for (PageTables.Table table : published) {
            writer.sheet(names.next(table.caption().isEmpty() ? table.key() : table.caption()), table);
        }
        if (published.isEmpty()) {
            XSSFSheet sheet = writer.workbook.createSheet(names.next(reportTitle));
            writer.text(sheet.createRow(0), 0, reportTitle, writer.style("title", null));
            writer.text(sheet.createRow(1), 0, "本报告没有表格。", writer.style("text", null));
        }
        return file.bytes(writer.workbook);
    }

    private void sheet(String name, PageTables.Table table) {
        XSSFSheet sheet = workbook.createSheet(name);
        TableGrid grid = TableGrid.of(table.rows());
        int width = Math.max(1, grid.columns());
        int top = 0;
        title(sheet, top++, table.caption().isEmpty() ? table.key() : table.caption(), "title", width);
        if (!table.unit().isEmpty()) {
            title(sheet, top++, table.unit(), "unit", width);
        }
        XSSFRow[] rows = new XSSFRow[grid.rows()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = sheet.createRow(top + r);
        }
        int[] widths = new int[width];
        for (TableGrid.Placed placed : grid.cells()) {
            PageTables.Cell cell = placed.cell();
            boolean head = placed.row() < table.headRows();
            String text = cell.text();
            var number = cell.figure() ? WrittenNumber.of(text) : java.util.Optional.<WrittenNumber>empty();
            String bold = cell.total() && !head ? "-total" : "";
            CellStyle style = number.isPresent() ? style("figure" + bold, number.get().format())
                    : style((head ? "head" : cell.figure() ? "figure" : "text") + bold, null);
            for (int dr = 0; dr < placed.rowspan(); dr++) {
                for (int dc = 0; dc < placed.colspan(); dc++) {
                    rows[placed.row() + dr].createCell(placed.column() + dc).setCellStyle(style);
                }
            }
            XSSFCell origin = rows[placed.row()].getCell(placed.column());
            if (number.isPresent()) {
                origin.setCellValue(number.get().value().doubleValue());
            } else if (!text.isEmpty()) {
                origin.setCellValue(fitted(text));
            }
            if (placed.rowspan() > 1 || placed.colspan() > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top + placed.row(), top + placed.row() + placed.rowspan() - 1,
                        placed.column(), placed.column() + placed.colspan() - 1));
            }
            if (placed.colspan() == 1) {
                widths[placed.column()] = Math.max(widths[placed.column()], displayWidth(text));
            }
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, Math.min(50, Math.max(8, widths[c] + 2)) * 256);
        }
        if (table.headRows() > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(top, top + table.headRows() - 1, -1, -1));
            sheet.createFreezePane(0, top + table.headRows());
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(width > 6);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private void title(XSSFSheet sheet, int row, String text, String kind, int width) {
        XSSFRow line = sheet.createRow(row);
        text(line, 0, text, style(kind, null));
        if (width > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, width - 1));
        }
    }

    private void text(XSSFRow row, int column, String text, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(fitted(text));
        cell.setCellStyle(style);
    }

    /** Characters an Excel cell holds at most. */
    static final int CELL_LIMIT = 32_767;

    /** A text as a cell can hold it: one longer than Excel allows is cut, and says so (the page has it whole). */
    static String fitted(String text) {
        String more = "…（超出 Excel 单元格的长度上限，全文见网页）";
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        int cut = CELL_LIMIT - more.length();
        return text.substring(0, Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut) + more;
    }

    /** One style per kind of cell and number format, shared by every cell of that kind. */
    private CellStyle style(String kind, String format) {
        return styles.computeIfAbsent(kind + ":" + format, key -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) (kind.equals("title") ? 14 : 10));
            // A total row (合计) is bold, as on the page: its kind is the cell's with "-total".
            font.setBold(kind.equals("title") || kind.equals("head") || kind.endsWith("-total"));
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            switch (kind.replaceFirst("-total$", "")) {
                case "title", "head" -> style.setAlignment(HorizontalAlignment.CENTER);
                case "unit", "figure" -> style.setAlignment(HorizontalAlignment.RIGHT);
                default -> style.setAlignment(HorizontalAlignment.LEFT);
            }
            if (!kind.equals("title") && !kind.equals("unit")) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
                style.setWrapText(true);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        });
    }

    /** Columns a text needs: a Chinese character takes two, a Latin one or a digit one (its longest line). */
    private static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\n")) {
            int width = line.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
            widest = Math.max(widest, width);
        }
        return widest;
    }
}
