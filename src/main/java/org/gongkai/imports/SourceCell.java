package org.gongkai.imports;

import java.math.BigDecimal;

/**
 * One cell of a {@link SourceTable}.
 *
 * @param text the text as shown (for a spreadsheet, as Excel displays it with the cell's format)
 * @param rowspan rows the cell covers, at least 1
 * @param colspan columns the cell covers, at least 1
 * @param header whether the source marks it a header cell (HTML {@code th} or {@code thead}, Word's
 *     repeated header rows; in a workbook, the rows above the first row with a number)
 * @param number the number the text shows, exactly (scale kept, thousands separators dropped), or
 *     null when the text is not a plain number (percentages, dates, words, blanks)
 * @param origin where the cell is in the source
 */
public record SourceCell(String text, int rowspan, int colspan, boolean header, BigDecimal number,
        CellOrigin origin) {
}
