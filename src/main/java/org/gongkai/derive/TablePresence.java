package org.gongkai.derive;

/**
 * What a built-in 决算 table shows when the report does not list its tables: its rows; its empty note, when
 * the data shows the unit has no such money; or nothing, when the report simply does not write its figures
 * (a note "本表无数据" would then claim what the document does not say).
 */
public enum TablePresence {
    ROWS,
    EMPTY,
    UNWRITTEN;

    /** Whether the table is on the page, with its rows or its empty note. */
    public boolean shown() {
        return this != UNWRITTEN;
    }

    public boolean empty() {
        return this == EMPTY;
    }

    public boolean unwritten() {
        return this == UNWRITTEN;
    }
}
