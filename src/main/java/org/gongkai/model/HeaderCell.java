package org.gongkai.model;

/** A header cell as printed; {@code cols}/{@code rows} say how many columns and header rows it spans (merged cells). */
@Shorthand("text")
public record HeaderCell(String text, Integer cols, Integer rows) {

    public int colspan() {
        return cols == null ? 1 : cols;
    }

    public int rowspan() {
        return rows == null ? 1 : rows;
    }
}
