package org.gongkai.imports.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A 决算公开表 workbook as the 部门决算 software exports it: a sheet per table named 公开01表…, its
 * title across the top, the table's number at the right, 编制单位 and 单位：万元 on the next row, then
 * the table with merged heading cells; amounts are number cells shown with two decimals.
 */
final class Xlsx {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle text;
    private final CellStyle amount;
    private final CellStyle plain;

    Xlsx() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(large);
        title.setAlignment(HorizontalAlignment.CENTER);
        heading = bordered();
        heading.setFont(bold);
        heading.setAlignment(HorizontalAlignment.CENTER);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        heading.setWrapText(true);
        text = bordered();
        amount = bordered();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        plain = workbook.createCellStyle();
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A sheet named {@code name} (公开01表…) printing {@code table} under its title and lines. */
    Xlsx sheet(String name, String tableTitle, String unit, String unitLine, Grid grid) {
        Sheet sheet = workbook.createSheet(name);
        int last = grid.width - 1;
        Cell titleCell = cell(sheet, 0, 0);
        titleCell.setCellValue(tableTitle);
        titleCell.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        cell(sheet, 1, last).setCellValue(name);
        cell(sheet, 2, 0).setCellValue("编制单位：" + unit);
        if (last > 1) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, Math.min(2, last - 1)));
        }
        cell(sheet, 2, last).setCellValue(unitLine);
        int top = 3;
        Grid.Cell[][] at = grid.layout();
        for (int r = 0; r < at.length; r++) {
            for (int c = 0; c < grid.width; c++) {
                // every cell of the table gets a border, those a merged cell covers too
                cell(sheet, top + r, c).setCellStyle(r < grid.headingRows ? heading : text);
            }
        }
        for (int r = 0; r < at.length; r++) {
            for (int c = 0; c < grid.width; c++) {
                Grid.Cell source = at[r][c];
                if (source == null) {
                    continue;
                }
                Cell target = cell(sheet, top + r, c);
                if (source.heading()) {
                    target.setCellStyle(heading);
                }
                if (source.number() != null) {
                    target.setCellValue(source.number().doubleValue());
                    target.setCellStyle(amount);
                } else if (!source.text().isEmpty()) {
                    target.setCellValue(source.text());
                }
                if (source.rowspan() > 1 || source.colspan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + source.rowspan() - 1, c, c + source.colspan() - 1));
                }
            }
        }
        for (int c = 0; c < grid.width; c++) {
            sheet.setColumnWidth(c, c == 0 ? 36 * 256 : 16 * 256);
        }
        return this;
    }

    private Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (cell.getCellStyle() == null) {
            cell.setCellStyle(plain);
        }
        return cell;
    }

    byte[] bytes() throws IOException {
        StableZip.fixDates(workbook.getProperties());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return StableZip.normalise(out.toByteArray());
    }
}
