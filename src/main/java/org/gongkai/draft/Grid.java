package org.gongkai.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.imports.SourceCell;
import org.gongkai.imports.SourceTable;

/**
 * A {@link SourceTable} laid out on its full grid: every position holds the cell that covers it, so a
 * merged cell is seen from every row and column it spans. The header rows are the leading rows the
 * source marks as headers, or else those above the first row that shows a number.
 */
final class Grid {

    private final SourceTable table;
    private final SourceCell[][] cells;
    private final int width;
    private final int headerRows;

    Grid(SourceTable table) {
        this.table = table;
        List<List<SourceCell>> rows = table.rows();
        int columns = 0;
        for (List<SourceCell> row : rows) {
            columns = Math.max(columns, row.stream().mapToInt(SourceCell::colspan).sum());
        }
        SourceCell[][] grid = new SourceCell[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            if (grid[r] == null) {
                grid[r] = new SourceCell[columns];
            }
            int c = 0;
            for (SourceCell cell : rows.get(r)) {
                while (c < columns && grid[r][c] != null) {
                    c++;
                }
                if (c + cell.colspan() > columns) {
                    columns = c + cell.colspan();
                    grid = widen(grid, columns);
                }
                for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
                    if (grid[r + dr] == null) {
                        grid[r + dr] = new SourceCell[columns];
                    }
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        grid[r + dr][c + dc] = cell;
                    }
                }
                c += cell.colspan();
            }
        }
        this.cells = widen(grid, columns);
        this.width = columns;
        this.headerRows = countHeaderRows();
    }

    private static SourceCell[][] widen(SourceCell[][] grid, int columns) {
        for (int r = 0; r < grid.length; r++) {
            if (grid[r] == null) {
                grid[r] = new SourceCell[columns];
            } else if (grid[r].length < columns) {
                SourceCell[] wider = new SourceCell[columns];
                System.arraycopy(grid[r], 0, wider, 0, grid[r].length);
                grid[r] = wider;
            }
        }
        return grid;
    }

    /** The header rows, with a 栏次 row that numbers the columns right below them counted in. */
    private int countHeaderRows() {
        int rows = leadingHeaderRows();
        while (rows < height() && isLineNumberRow(rows)) {
            rows++;
        }
        return rows;
    }

    /** A row that numbers the columns (栏次 | 1 | 2 …) rather than printing figures. */
    boolean isLineNumberRow(int r) {
        for (int c = 0; c < width; c++) {
            String text = text(r, c).replaceAll("\\s+", "");
            if (text.equals("栏次") || text.equals("栏号")) {
                return true;
            }
        }
        return false;
    }

    /** A column that numbers the rows (行次) rather than printing figures. */
    boolean isLineNumberColumn(int c) {
        for (int r = 0; r < headerRows; r++) {
            String text = text(r, c).replaceAll("\\s+", "");
            if (text.equals("行次") || text.equals("行号")) {
                return true;
            }
        }
        return false;
    }

    private int leadingHeaderRows() {
        int marked = 0;
        while (marked < height() && table.rows().get(marked).stream().allMatch(SourceCell::header)
                && !table.rows().get(marked).isEmpty()) {
            marked++;
        }
        if (marked > 0 && marked < height()) {
            return marked;
        }
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width; c++) {
                SourceCell cell = cells[r][c];
                if (cell != null && cell.number() != null && startsHere(r, c)) {
                    return r;
                }
            }
        }
        return Math.min(1, height());
    }

    int height() {
        return cells.length;
    }

    int width() {
        return width;
    }

    int headerRows() {
        return headerRows;
    }

    /** The cell covering row r, column c (from 0), or null where the row is short. */
    SourceCell cell(int r, int c) {
        return r < 0 || r >= cells.length || c < 0 || c >= width ? null : cells[r][c];
    }

    /** The text at row r, column c, stripped; "" where there is none. */
    String text(int r, int c) {
        SourceCell cell = cell(r, c);
        return cell == null ? "" : cell.text().strip();
    }

    /** Whether the cell at (r, c) starts there (is not the continuation of a merged cell above or to the left). */
    boolean startsHere(int r, int c) {
        SourceCell cell = cell(r, c);
        return cell != null && cell(r - 1, c) != cell && cell(r, c - 1) != cell;
    }

    /** The distinct texts of a row, left to right. */
    List<String> rowTexts(int r) {
        Set<String> texts = new LinkedHashSet<>();
        for (int c = 0; c < width; c++) {
            String text = text(r, c);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return new ArrayList<>(texts);
    }

    /** The header texts over column c from the top of {@code from} to {@code to} (exclusive), distinct, top down. */
    List<String> columnPath(int from, int to, int c) {
        Set<String> texts = new LinkedHashSet<>();
        for (int r = from; r < to; r++) {
            if (isLineNumberRow(r)) {
                continue;
            }
            String text = text(r, c);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return new ArrayList<>(texts);
    }

    /** The header texts over column c, joined. */
    String heading(int c) {
        return String.join(" ", columnPath(0, headerRows, c));
    }
}
