package org.gongkai.model;

/** 栏次 (a row numbering the figure columns under the header) and 行次 (a column numbering the rows), as printed. */
public enum LineNumbers implements Labeled {
    COLUMNS("columns"),
    ROWS("rows"),
    BOTH("both");

    private final String label;

    LineNumbers(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean columns() {
        return this != ROWS;
    }

    public boolean rows() {
        return this != COLUMNS;
    }
}
