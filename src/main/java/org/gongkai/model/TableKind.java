package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * A kind of table in the catalogue, read from {@code templates/catalogue/<kind>.yaml}: the titles it is
 * printed under, the report kind it belongs to, and either the typed block of the report it is rendered
 * from ({@code block}: a built-in table, with its printed title, number, column headings, row labels and
 * empty-table text) or, for a data table, its header rows, leaf columns and identities. A table of this
 * kind takes these unless it gives its own.
 */
public record TableKind(
        @FromPath String id,
        @Required List<String> names,
        @Required String report,
        String block,
        String title,
        String number,
        Map<String, String> headings,
        Map<String, String> labels,
        String empty,
        List<List<HeaderCell>> header,
        List<TableColumn> columns,
        List<TableSum> sums,
        Origin origin) {

    /** A list or map written as something else (the binder said so) is read as none. */
    public TableKind {
        names = names == null ? List.of() : names;
        headings = headings == null ? Map.of() : headings;
        labels = labels == null ? Map.of() : labels;
        header = header == null ? List.of() : header;
        columns = columns == null ? List.of() : columns;
        sums = sums == null ? List.of() : sums;
    }
}
