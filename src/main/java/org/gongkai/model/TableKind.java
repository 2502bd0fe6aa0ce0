package org.gongkai.model;

import java.util.List;

/**
 * A catalogue kind of data table, read from {@code templates/catalogue/<kind>.yaml}: the titles it is
 * printed under, the report kind it belongs to, its header rows, leaf columns and identities. A table
 * of this kind takes these unless it gives its own.
 */
public record TableKind(
        @FromPath String id,
        @Required List<String> names,
        @Required String report,
        List<List<HeaderCell>> header,
        @Required List<TableColumn> columns,
        List<TableSum> sums,
        Origin origin) {

    /** A list written as something else (the binder said so) is read as none. */
    public TableKind {
        names = names == null ? List.of() : names;
        header = header == null ? List.of() : header;
        columns = columns == null ? List.of() : columns;
        sums = sums == null ? List.of() : sums;
    }
}
