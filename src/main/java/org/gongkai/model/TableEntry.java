package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * One table of a report as the document prints it, in the document's order. A built-in kind (one of
 * the tables gongkai renders from the report's typed blocks) gives only its printed title, number,
 * note, empty-table text, printed column headings ({@code headings}, by the keys of
 * {@link BuiltInTable#headings()}) and printed row labels ({@code labels}, by the keys of {@link BuiltInTable#rows()}); a data table (a catalogue kind defined as data, or a custom table without
 * {@code kind}) also gives its header, columns, rows and sums. The loader fills a catalogue kind's
 * header, columns and sums into the entry where the entry does not give its own.
 */
public record TableEntry(
        @Required String id,
        String kind,
        @Required String title,
        String number,
        MoneyUnit moneyUnit,
        String note,
        String empty,
        Map<String, String> headings,
        Map<String, String> labels,
        List<List<HeaderCell>> header,
        List<TableColumn> columns,
        LineNumbers lineNumbers,
        List<Map<String, Cell>> rows,
        List<TableSum> sums,
        Origin origin) {

    /** A list written as something else (the binder said so) is read as none. */
    public TableEntry {
        header = header == null ? List.of() : header;
        columns = columns == null ? List.of() : columns;
        rows = rows == null ? List.of() : rows;
        sums = sums == null ? List.of() : sums;
    }

    /** The row key that gives a row's level (类 1, 款 2, 项 3), not a column. */
    public static final String LEVEL = "level";

    /** 公开07表 一般公共预算财政拨款项目支出决算表 */
    public String caption() {
        return number == null || number.isBlank() ? title : number + " " + title;
    }

    /** A built-in table's row label as printed: the one {@code labels:} gives for the row gongkai labels {@code standard}. */
    public String printedLabel(String standard) {
        if (labels == null || kind == null) {
            return standard;
        }
        for (BuiltInTable table : BuiltInTable.values()) {
            if (table.label().equals(kind)) {
                for (Map.Entry<String, String> row : table.rows().entrySet()) {
                    if (row.getValue().equals(standard) && labels.containsKey(row.getKey())) {
                        return labels.get(row.getKey());
                    }
                }
            }
        }
        return standard;
    }

    public TableEntry withKind(List<List<HeaderCell>> header, List<TableColumn> columns, List<TableSum> sums) {
        return new TableEntry(id, kind, title, number, moneyUnit, note, empty, headings, labels, header, columns, lineNumbers, rows, sums,
                origin);
    }
}
