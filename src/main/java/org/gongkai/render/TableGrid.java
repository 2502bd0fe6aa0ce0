package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each cell of a page table stands in its grid, as a browser lays it out: a cell takes the first
 * column of its row that no cell merged down from a row above already takes. The workbook and the Word
 * file merge the same regions the page does.
 */
record TableGrid(List<Placed> cells, int rows, int columns) {

    /** A cell at its top-left place, spanning {@code rowspan} × {@code colspan} places (cut at the table's last row). */
    record Placed(PageTables.Cell cell, int row, int column, int rowspan, int colspan) {
    }

    static TableGrid of(List<List<PageTables.Cell>> rows) {
        List<Placed> placed = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (PageTables.Cell cell : rows.get(r)) {
                while (taken.contains(at(r, column))) {
                    column++;
                }
                int rowspan = Math.min(cell.rowspan(), rows.size() - r);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken.add(at(r + dr, column + dc));
                    }
                }
                placed.add(new Placed(cell, r, column, rowspan, cell.colspan()));
                column += cell.colspan();
                width = Math.max(width, column);
            }
        }
        return new TableGrid(List.copyOf(placed), rows.size(), width);
    }

    private static long at(int row, int column) {
        return ((long) row << 32) | column;
    }
}
