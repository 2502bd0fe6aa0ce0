package org.gongkai.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.SourceCell;

/**
 * Finds the figures of labelled items in a table printed either way: an item's row (its label, then its
 * figure in the first cell to the right that prints one) or an item's column (its label in the header,
 * its figure in the 合计 row, or in the only row there is).
 */
final class LabelledFigures {

    private LabelledFigures() {
    }

    /**
     * @param labels for each key, the labels it is printed under (compared as {@link Labels#normal} reads them)
     * @return the cell of each key found, in the order of {@code labels}
     */
    static Map<String, SourceCell> find(Grid grid, Map<String, List<String>> labels) {
        Map<String, SourceCell> found = new LinkedHashMap<>();
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                if (!grid.startsHere(r, c)) {
                    continue;
                }
                String key = keyOf(grid.text(r, c), labels);
                if (key == null || found.containsKey(key)) {
                    continue;
                }
                SourceCell figure = firstToTheRight(grid, r, c);
                if (figure != null) {
                    found.put(key, figure);
                }
            }
        }
        int totalRow = totalRow(grid);
        if (totalRow >= 0) {
            for (int c = 0; c < grid.width(); c++) {
                List<String> path = grid.columnPath(0, grid.headerRows(), c);
                if (path.isEmpty()) {
                    continue;
                }
                String key = keyOf(path.get(path.size() - 1), labels);
                SourceCell cell = grid.cell(totalRow, c);
                if (key != null && !found.containsKey(key) && cell != null && !Labels.isBlank(cell.text())) {
                    found.put(key, cell);
                }
            }
        }
        Map<String, SourceCell> ordered = new LinkedHashMap<>();
        labels.keySet().forEach(key -> {
            if (found.containsKey(key)) {
                ordered.put(key, found.get(key));
            }
        });
        return ordered;
    }

    static String keyOf(String text, Map<String, List<String>> labels) {
        String normal = Labels.normal(text);
        if (normal.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : labels.entrySet()) {
            for (String label : entry.getValue()) {
                if (normal.equals(Labels.normal(label))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** The first cell right of (r, c) that prints something other than a label: a number or a non-blank text under a figure column. */
    private static SourceCell firstToTheRight(Grid grid, int r, int c) {
        SourceCell label = grid.cell(r, c);
        for (int x = c + 1; x < grid.width(); x++) {
            SourceCell cell = grid.cell(r, x);
            if (cell == null || cell == label || grid.isLineNumberColumn(x)) {
                continue;
            }
            if (cell.number() != null) {
                return cell;
            }
            if (!Labels.isBlank(cell.text())) {
                // A figure that is no number (十二, 约5), to be listed as unread; or another label (the other side
                // of a 收入支出决算总表): stop here.
                return looksLikeFigure(cell.text()) || isFigureColumn(grid, x) ? cell : null;
            }
        }
        return null;
    }

    /** The row printing the table's 合计 (or its only data row), or -1. */
    static int totalRow(Grid grid) {
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                if (Labels.isTotal(grid.text(r, c))) {
                    return r;
                }
            }
        }
        return grid.height() - grid.headerRows() == 1 ? grid.headerRows() : -1;
    }

    /** A column whose heading names amounts (金额, 决算数, 合计 …), not items. */
    static boolean isFigureColumn(Grid grid, int c) {
        String heading = Labels.normal(grid.heading(c));
        return !heading.contains("项目") && !heading.contains("名称") && heading.matches(".*(金额|决算|预算|合计|小计|数).*");
    }

    /** Text that was meant as a figure but is not a plain number: {@code 12.5万}, {@code 1.2.3}, {@code 约5}. */
    private static boolean looksLikeFigure(String text) {
        return text.strip().matches(".*\\d.*") && text.strip().length() <= 20;
    }
}
