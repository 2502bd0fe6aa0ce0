package org.gongkai.model;

import java.util.List;

/**
 * An identity of a data table, checked and used to fill a blank cell: a column equal to the sum of
 * columns in every row ({@code column} + {@code of}), a row equal to the sum of rows named in
 * {@code of} or of every row at {@code level} ({@code row}), or every row equal to the sum of the rows
 * one level below it ({@code each: level}).
 */
public record TableSum(String column, String row, List<String> of, Integer level, String each, Origin origin) {

    /** A list written as something else (the binder said so) is read as none. */
    public TableSum {
        of = of == null ? List.of() : of;
    }
}
