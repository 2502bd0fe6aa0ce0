package org.gongkai.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.imports.SourceCell;
import org.gongkai.model.TableColumn;
import org.gongkai.model.TableKind;

/**
 * A table kept as printed: a {@code tables:} entry with its header rows (merged cells as {@code cols} and
 * {@code rows}), one column per grid column ({@code c1}, {@code c2} … or a catalogue kind's keys where the
 * table has the kind's columns) and its rows, every figure with its origin. A column is an amount column
 * when its cells print numbers; a cell in it that prints something else is listed as unread.
 */
final class CustomTable {

    private static final Pattern CODE_HEADING = Pattern.compile(".*(编码|代码|编号).*");
    private static final Pattern PERCENT = Pattern.compile("[+-]?\\d+(\\.\\d+)?\\s*[%％]");

    private CustomTable() {
    }

    /**
     * @param kind a catalogue data kind the table was recognised as, or null
     */
    static YamlMap entry(String id, Grid grid, TableTitle title, String fallbackTitle, String moneyUnit, TableKind kind,
            SourceFigures figures) {
        YamlMap entry = new YamlMap().put("id", id);
        if (kind != null) {
            entry.put("kind", kind.id());
        }
        entry.put("number", title.number());
        entry.put("title", title.title() == null ? fallbackTitle : title.title());
        entry.put("money-unit", moneyUnit);
        int headerRows = grid.headerRows();
        int width = grid.width();
        List<String> types = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            types.add(type(grid, c));
        }
        boolean kindColumns = kind != null && !kind.columns().isEmpty() && kind.columns().size() == width;
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            keys.add(kindColumns ? kind.columns().get(c).key() : "c" + (c + 1));
        }
        if (!kindColumns) {
            if (headerRows > 0) {
                entry.put("header", header(grid, headerRows));
            }
            List<Object> columns = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                YamlMap column = new YamlMap().put("key", keys.get(c));
                if (!types.get(c).equals("text")) {
                    column.put("type", types.get(c));
                }
                if (headerRows == 0) {
                    column.put("heading", "第" + (c + 1) + "列");
                }
                columns.add(column);
            }
            entry.put("columns", columns);
        } else {
            for (int c = 0; c < width; c++) {
                TableColumn column = kind.columns().get(c);
                types.set(c, column.typeOrText().label());
            }
        }
        List<Object> rows = new ArrayList<>();
        for (int r = headerRows; r < grid.height(); r++) {
            YamlMap row = new YamlMap();
            for (int c = 0; c < width; c++) {
                SourceCell cell = grid.cell(r, c);
                if (cell == null || !grid.startsHere(r, c) || Labels.isBlank(cell.text())) {
                    continue;
                }
                String field = "tables[" + id + "]." + keys.get(c);
                if (types.get(c).equals("amount") || types.get(c).equals("number")) {
                    YamlMap.Figure figure = figures.figure(cell, field);
                    if (figure != null) {
                        row.put(keys.get(c), figure);
                    }
                } else {
                    row.put(keys.get(c), cell.text().strip());
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        entry.put("rows", rows);
        return entry;
    }

    /** The header rows as printed: each cell once, where it starts, with the columns and rows it spans within the header. */
    private static List<Object> header(Grid grid, int headerRows) {
        List<Object> header = new ArrayList<>();
        for (int r = 0; r < headerRows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < grid.width(); c++) {
                SourceCell cell = grid.cell(r, c);
                if (cell == null) {
                    row.add("");
                    continue;
                }
                if (!grid.startsHere(r, c)) {
                    continue;
                }
                int cols = 1;
                while (grid.cell(r, c + cols) == cell) {
                    cols++;
                }
                int rows = 1;
                while (r + rows < headerRows && grid.cell(r + rows, c) == cell) {
                    rows++;
                }
                if (cols == 1 && rows == 1) {
                    row.add(cell.text().strip());
                } else {
                    YamlMap merged = new YamlMap().put("text", cell.text().strip());
                    if (cols > 1) {
                        merged.put("cols", cols);
                    }
                    if (rows > 1) {
                        merged.put("rows", rows);
                    }
                    row.add(merged);
                }
            }
            header.add(row);
        }
        return header;
    }

    /** {@code code} under a 编码 heading, {@code amount} where every printed cell is a number, {@code percent} where every one is a percentage, else {@code text}. */
    private static String type(Grid grid, int c) {
        if (CODE_HEADING.matcher(grid.heading(c)).matches()) {
            return "code";
        }
        int numbers = 0;
        int percents = 0;
        int others = 0;
        for (int r = grid.headerRows(); r < grid.height(); r++) {
            SourceCell cell = grid.cell(r, c);
            if (cell == null || !grid.startsHere(r, c) || Labels.isBlank(cell.text())) {
                continue;
            }
            if (cell.number() != null) {
                numbers++;
            } else if (PERCENT.matcher(cell.text().strip()).matches()) {
                percents++;
            } else {
                others++;
            }
        }
        if (percents > 0 && numbers == 0 && others == 0) {
            return "percent";
        }
        // A column of figures with a stray word in it (a 无, a 待定) is still a column of figures; one mixing
        // figures and percentages is kept as text.
        return numbers > 0 && numbers >= 2 * (others + percents) ? "amount" : "text";
    }
}
