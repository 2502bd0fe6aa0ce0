package org.gongkai.imports.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed table as the test documents lay it out, written the same way to Word, Excel and HTML:
 * rows of cells, a merged cell given once with its spans (the cells it covers left out, as in HTML).
 */
final class Grid {

    /** One cell: its text as printed, its spans, whether it is a heading, and its number for a spreadsheet. */
    record Cell(String text, int rowspan, int colspan, boolean heading, BigDecimal number) {
    }

    final int width;
    final List<List<Cell>> rows = new ArrayList<>();
    /** Rows at the top that are the table's headings (Word repeats them, HTML puts them in thead). */
    int headingRows;

    Grid(int width) {
        this.width = width;
    }

    /** Starts a new row. */
    Grid row() {
        rows.add(new ArrayList<>());
        return this;
    }

    /** A heading cell. */
    Grid head(String text) {
        return head(text, 1, 1);
    }

    Grid head(String text, int rowspan, int colspan) {
        last().add(new Cell(text, rowspan, colspan, true, null));
        return this;
    }

    /** A text cell. */
    Grid text(String text) {
        return text(text, 1, 1);
    }

    Grid text(String text, int rowspan, int colspan) {
        last().add(new Cell(text, rowspan, colspan, false, null));
        return this;
    }

    /** An amount: printed as given (scale kept), a number cell in a spreadsheet. Null prints an empty cell. */
    Grid amount(String printed) {
        last().add(new Cell(printed == null ? "" : printed, 1, 1, false, printed == null ? null : new BigDecimal(printed)));
        return this;
    }

    Grid amount(BigDecimal value) {
        return amount(value == null ? null : value.toPlainString());
    }

    /** Marks the rows so far as the table's headings. */
    Grid headingsEnd() {
        headingRows = rows.size();
        return this;
    }

    private List<Cell> last() {
        return rows.get(rows.size() - 1);
    }

    /**
     * The grid laid out: for each row, each grid column's cell — the cell that starts there, or null
     * where a cell from the left or above covers it. Fails on a row that does not fill the width.
     */
    Cell[][] layout() {
        Cell[][] at = new Cell[rows.size()][width];
        boolean[][] covered = new boolean[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < width && covered[r][c]) {
                    c++;
                }
                if (c + cell.colspan() > width || r + cell.rowspan() > rows.size()) {
                    throw new IllegalStateException("row " + (r + 1) + " overflows at " + cell.text());
                }
                at[r][c] = cell;
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        covered[r + dr][c + dc] = true;
                    }
                }
                c += cell.colspan();
            }
            for (int k = 0; k < width; k++) {
                if (!covered[r][k]) {
                    throw new IllegalStateException("row " + (r + 1) + " leaves column " + (k + 1) + " empty");
                }
            }
        }
        return at;
    }
}
