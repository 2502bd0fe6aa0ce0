package org.gongkai.imports;

/**
 * Where a cell is in its source file, counted as the clerk sees it, from 1.
 *
 * @param table the table's number in the document
 * @param sheet the worksheet's name, or null outside a workbook
 * @param row the row: a worksheet's own row number, or the row of the table counting its captions
 * @param column the column: a worksheet's own column (A = 1), or the table's grid column with merged
 *     cells counted at their full width
 */
public record CellOrigin(int table, String sheet, int row, int column) {

    /** For a source comment: {@code 表3 第5行 第2列}, or {@code 表3（公开01表） 第5行 第2列}. */
    public String describe() {
        return "表" + table + (sheet == null ? "" : "（" + sheet + "）") + " 第" + row + "行 第" + column + "列";
    }
}
