package org.gongkai.imports;

import java.util.List;

/**
 * A table as printed: its rows of cells, merged cells kept as one cell with its spans (the cells it
 * covers are left out, as in HTML), so a row may have fewer cells than the table has columns.
 *
 * @param number the table's number in the document, from 1 (a workbook's sheets in order)
 * @param sheet the worksheet's name (公开01表…) for a workbook, otherwise null
 * @param captions the table's title lines in order: an HTML {@code <caption>}, and the leading rows
 *     that print a title, the table's number or its 单位 line rather than headings (taken out of rows)
 * @param unitLine the money-unit text as printed (e.g. {@code 单位：万元}) from the captions or, for
 *     Word and web pages, from a paragraph just before the table; null when none is printed
 * @param rows the rows after the captions
 */
public record SourceTable(int number, String sheet, List<String> captions, String unitLine,
        List<List<SourceCell>> rows) implements Block {

    public SourceTable {
        captions = List.copyOf(captions);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The money unit the unit line names (亿元, 万元, 千元 or 元), or null. */
    public String moneyUnit() {
        return unitLine == null ? null : UnitLine.unitOf(unitLine);
    }
}
