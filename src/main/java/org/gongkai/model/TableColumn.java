package org.gongkai.model;

/** A leaf column of a data table: the key rows use, what it holds, its printed heading when there is no {@code header}. */
public record TableColumn(@Required String key, ColumnType type, String heading, Origin origin) {

    public ColumnType typeOrText() {
        return type == null ? ColumnType.TEXT : type;
    }
}
