package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * One table of a report as the document prints it, in the document's order. A table of a built-in kind
 * (a catalogue kind with a {@code block:}, rendered from that typed block of the report) gives only its
 * printed title, number, note, empty-table text, printed column headings ({@code headings}, by the keys
 * of {@link BuiltInTable#headings()}) and printed row labels ({@code labels}, by the keys of
 * {@link BuiltInTable#rows()}), each falling back to its kind's; a data table (a catalogue kind defined
 * as data, or a custom table without {@code kind}) also gives its header, columns, rows and sums. The
 * loader fills a catalogue kind's title (with its number), header, columns and sums into the entry where
 * the entry does not give its own, and keeps the kind in {@code catalogued}.
 */
public record TableEntry(
        @Required String id,
        String kind,
        String title,
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
        @FromPath TableKind catalogued,
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

    /** A built-in entry for the standard print of {@code kind} (the table shown when a report has no {@code tables:}). */
    public static TableEntry standard(TableKind kind) {
        return new TableEntry(null, kind.id(), kind.title(), kind.number(), null, null, null, null, null, null, null,
                null, null, null, kind, null);
    }

    /** The typed block of the report the table is rendered from, or null for a data table. */
    public String block() {
        return catalogued == null ? null : catalogued.block();
    }

    /** A built-in table's column heading as printed: its {@code headings:} one, else its kind's. */
    public String heading(String key) {
        if (headings != null && headings.containsKey(key)) {
            return headings.get(key);
        }
        return catalogued == null ? null : catalogued.headings().get(key);
    }

    /**
     * A built-in table's row label as printed for the derived row named {@code standard}: its
     * {@code labels:} one, else its kind's, else the derived name (a row named from the report's data).
     */
    public String printedLabel(String standard) {
        BuiltInTable table = block() == null ? null : BuiltInTable.find(block()).orElse(null);
        if (table == null) {
            return standard;
        }
        for (Map.Entry<String, String> row : table.rows().entrySet()) {
            if (row.getValue().equals(standard)) {
                if (labels != null && labels.containsKey(row.getKey())) {
                    return labels.get(row.getKey());
                }
                return catalogued.labels().getOrDefault(row.getKey(), standard);
            }
        }
        return standard;
    }

    /** The note printed instead of an empty built-in table's rows: the document's ({@code empty}), else its kind's. */
    public String emptyText() {
        if (empty != null) {
            return empty;
        }
        return catalogued == null ? null : catalogued.empty();
    }

    /** The entry with its catalogue kind and what the loader filled in from it. */
    public TableEntry withKind(TableKind kind, String title, String number, List<List<HeaderCell>> header,
            List<TableColumn> columns, List<TableSum> sums) {
        return new TableEntry(id, this.kind, title, number, moneyUnit, note, empty, headings, labels, header, columns,
                lineNumbers, rows, sums, kind, origin);
    }
}
