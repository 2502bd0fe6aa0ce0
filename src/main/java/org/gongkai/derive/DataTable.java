package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.model.Cell;
import org.gongkai.model.ColumnType;
import org.gongkai.model.HeaderCell;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Position;
import org.gongkai.model.TableColumn;
import org.gongkai.model.TableEntry;
import org.gongkai.model.TableSum;

/**
 * A data table (a catalogue kind or a custom table) as its page shows it: its header rows as printed
 * (merged cells kept), its rows with every cell as written, blank cells that a sum gives filled in and
 * marked as derived, and the stated cells that disagree with a sum the table declares.
 */
public record DataTable(
        TableEntry entry,
        String caption,
        String unit,
        List<List<HeadCell>> header,
        List<String> headings,
        List<Row> rows,
        List<Mismatch> mismatches) {

    /** A header cell: {@code scope} is {@code col} for a leaf heading, {@code colgroup} over several columns. */
    public record HeadCell(String text, int colspan, int rowspan, String scope) {
    }

    /** A body cell: {@code label} for the row's heading cell ({@code <th scope="row">}), {@code derived} when gongkai computed it. */
    public record Shown(String text, boolean figure, boolean label, boolean derived) {
    }

    public record Row(int level, List<Shown> cells) {
    }

    /** A stated cell that is not the sum the table declares, at the precision it was written with. */
    public record Mismatch(Position at, String path, String row, String column, String parts, BigDecimal expected,
            BigDecimal found) {
    }

    private static final Pattern FIGURE = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?%?");

    public boolean empty() {
        return entry.empty() != null;
    }

    /** The data tables of a report by id, in its order; built-in kinds are left to the report's own figures. */
    public static Map<String, DataTable> of(org.gongkai.model.Report report) {
        Map<String, DataTable> tables = new LinkedHashMap<>();
        for (int i = 0; i < report.tables().size(); i++) {
            TableEntry entry = report.tables().get(i);
            if (isData(entry, report.kind())) {
                tables.put(entry.id(), of(entry, i, report.header().moneyUnit()));
            }
        }
        return tables;
    }

    /** Whether an entry is a data table: not one of the kinds rendered from the report's typed blocks. */
    public static boolean isData(TableEntry entry, org.gongkai.model.ReportKind report) {
        return entry.id() != null && !entry.columns().isEmpty()
                && entry.block() == null;
    }

    /** The table of {@code entry}, the {@code index}-th of its report, whose amounts are in {@code reportUnit} unless it says otherwise. */
    public static DataTable of(TableEntry entry, int index, MoneyUnit reportUnit) {
        List<TableColumn> columns = entry.columns();
        int width = columns.size();
        List<List<HeadCell>> header = new ArrayList<>();
        String[] leaf = new String[width];
        if (entry.header().isEmpty()) {
            List<HeadCell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                leaf[c] = columns.get(c).heading() == null ? columns.get(c).key() : columns.get(c).heading();
                row.add(new HeadCell(leaf[c], 1, 1, "col"));
            }
            header.add(row);
        } else {
            int[] busyUntil = new int[width];
            int rows = entry.header().size();
            for (int r = 0; r < rows; r++) {
                List<HeadCell> row = new ArrayList<>();
                int column = 0;
                for (HeaderCell cell : entry.header().get(r)) {
                    while (column < width && busyUntil[column] > r) {
                        column++;
                    }
                    int span = cell.colspan();
                    row.add(new HeadCell(cell.text() == null ? "" : cell.text(), span, cell.rowspan(),
                            span > 1 ? "colgroup" : "col"));
                    for (int c = column; c < Math.min(width, column + span); c++) {
                        busyUntil[c] = r + cell.rowspan();
                        if (r + cell.rowspan() == rows) {
                            leaf[c] = cell.text();
                        }
                    }
                    column += span;
                }
                header.add(row);
            }
        }
        boolean numberRows = entry.lineNumbers() != null && entry.lineNumbers().rows();
        // 行次 is printed as a column after the header's first cell (the rows' label, often 项目).
        int after = numberRows && !header.get(0).isEmpty() ? header.get(0).get(0).colspan() - 1 : -1;
        if (entry.lineNumbers() != null && entry.lineNumbers().columns()) {
            List<HeadCell> numbers = new ArrayList<>();
            int n = 0;
            for (int c = 0; c < width; c++) {
                String text = columns.get(c).typeOrText().figure() ? String.valueOf(++n) : c == 0 ? "栏次" : "";
                numbers.add(new HeadCell(text, 1, 1, "col"));
                if (c == after) {
                    numbers.add(new HeadCell("", 1, 1, "col"));
                }
            }
            header.add(numbers);
        }
        if (numberRows) {
            header.get(0).add(1, new HeadCell("行次", 1, header.size() - (entry.lineNumbers().columns() ? 1 : 0), "col"));
        }

        int labelColumn = labelColumn(columns);
        int rowCount = entry.rows().size();
        String[][] text = new String[rowCount][width];
        BigDecimal[][] values = new BigDecimal[rowCount][width];
        boolean[][] derived = new boolean[rowCount][width];
        int[] levels = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            Map<String, Cell> row = entry.rows().get(r);
            Cell level = row.get(TableEntry.LEVEL);
            levels[r] = level == null || level.text() == null || !level.text().strip().matches("[1-9]") ? 0
                    : Integer.parseInt(level.text().strip());
            for (int c = 0; c < width; c++) {
                Cell cell = row.get(columns.get(c).key());
                text[r][c] = cell == null || cell.text() == null ? "" : cell.text();
                if (columns.get(c).typeOrText().figure()) {
                    values[r][c] = figure(text[r][c]);
                }
            }
        }
        Context context = new Context(entry, index, columns, leaf, labelColumn, text, values, derived, levels);
        // Blank cells first, as long as one sum's result completes another's parts; then every stated cell is checked.
        for (int pass = 0; pass <= rowCount + width; pass++) {
            int before = context.filled;
            entry.sums().forEach(context::apply);
            if (context.filled == before) {
                break;
            }
        }
        // Then blank parts count as 0 (a printed table leaves zeros blank), once nothing else can fill them.
        context.blankIsZero = true;
        entry.sums().forEach(context::apply);
        context.checking = true;
        entry.sums().forEach(context::apply);

        List<Row> shown = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<Shown> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                boolean isFigure = columns.get(c).typeOrText().figure();
                String written = derived[r][c] ? format(values[r][c], columns.get(c).typeOrText()) : text[r][c];
                cells.add(new Shown(written, isFigure, c == labelColumn, derived[r][c]));
                if (c == after) {
                    cells.add(new Shown(String.valueOf(r + 1), true, false, false));
                }
            }
            shown.add(new Row(levels[r], cells));
        }
        MoneyUnit unit = entry.moneyUnit() != null ? entry.moneyUnit() : reportUnit;
        boolean hasAmounts = columns.stream().anyMatch(c -> c.typeOrText() == ColumnType.AMOUNT);
        return new DataTable(entry, entry.caption(), hasAmounts && unit != null ? unit.label() : "", header,
                Arrays.asList(leaf), shown, List.copyOf(context.mismatches));
    }

    /** The column whose cell names a row: the first text column, or the first column. */
    private static int labelColumn(List<TableColumn> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).typeOrText() == ColumnType.TEXT) {
                return c;
            }
        }
        return 0;
    }

    static BigDecimal figure(String text) {
        String t = text.strip();
        if (!FIGURE.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.replace(",", "").replace("%", ""));
    }

    private static String format(BigDecimal value, ColumnType type) {
        return type == ColumnType.PERCENT ? value.toPlainString() + "%" : value.toPlainString();
    }

    /** The table's cells while its sums are applied, in the order they are declared. */
    private static final class Context {
        final TableEntry entry;
        final int index;
        final List<TableColumn> columns;
        final String[] leaf;
        final int labelColumn;
        final String[][] text;
        final BigDecimal[][] values;
        final boolean[][] derived;
        final int[] levels;
        final List<Mismatch> mismatches = new ArrayList<>();
        /** How many blank cells the sums have filled in so far. */
        int filled;
        /** Whether stated cells are compared (the second stage), or only blank ones filled in. */
        boolean checking;
        /** Whether a blank part counts as 0 when filling in a blank cell. */
        boolean blankIsZero;
        final Map<String, Integer> columnIndex = new LinkedHashMap<>();

        Context(TableEntry entry, int index, List<TableColumn> columns, String[] leaf, int labelColumn, String[][] text,
                BigDecimal[][] values, boolean[][] derived, int[] levels) {
            this.entry = entry;
            this.index = index;
            this.columns = columns;
            this.leaf = leaf;
            this.labelColumn = labelColumn;
            this.text = text;
            this.values = values;
            this.derived = derived;
            this.levels = levels;
            for (int c = 0; c < columns.size(); c++) {
                columnIndex.put(columns.get(c).key(), c);
            }
        }

        void apply(TableSum sum) {
            if (sum.column() != null) {
                Integer target = columnIndex.get(sum.column());
                List<Integer> parts = sum.of().stream().map(columnIndex::get).toList();
                if (target == null || parts.contains(null)) {
                    return;
                }
                String names = String.join(" + ", sum.of().stream().map(k -> heading(columnIndex.get(k))).toList());
                for (int r = 0; r < text.length; r++) {
                    final int row = r;
                    check(r, target, parts.stream().map(c -> new int[] {row, c}).toList(), names);
                }
            } else if (sum.row() != null) {
                int target = rowNamed(sum.row());
                if (target < 0) {
                    return;
                }
                List<Integer> parts = new ArrayList<>();
                if (sum.level() != null) {
                    for (int r = 0; r < levels.length; r++) {
                        if (levels[r] == sum.level() && r != target) {
                            parts.add(r);
                        }
                    }
                } else {
                    for (String name : sum.of()) {
                        int r = rowNamed(name);
                        if (r < 0) {
                            return;
                        }
                        parts.add(r);
                    }
                }
                String names = sum.level() != null ? "第 " + sum.level() + " 级各行" : "“" + String.join("”“", sum.of()) + "”各行";
                figureColumns(target, parts, names);
            } else if ("level".equals(sum.each())) {
                for (int r = 0; r < levels.length; r++) {
                    List<Integer> children = new ArrayList<>();
                    for (int k = r + 1; k < levels.length && levels[k] > levels[r] && levels[r] > 0; k++) {
                        if (levels[k] == levels[r] + 1) {
                            children.add(k);
                        }
                    }
                    if (!children.isEmpty()) {
                        figureColumns(r, children, "其下一级各行");
                    }
                }
            }
        }

        private void figureColumns(int target, List<Integer> parts, String names) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).typeOrText().figure() && columns.get(c).typeOrText() != ColumnType.PERCENT) {
                    final int column = c;
                    check(target, c, parts.stream().map(r -> new int[] {r, column}).toList(), names);
                }
            }
        }

        /** Compares one cell with the sum of others; fills it in when it is blank and some part is not. */
        private void check(int row, int column, List<int[]> parts, String names) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            boolean all = true;
            for (int[] part : parts) {
                BigDecimal value = values[part[0]][part[1]];
                if (value != null) {
                    sum = sum.add(value);
                    any = true;
                } else {
                    all = false;
                }
            }
            if (!any || (!all && !checking && !blankIsZero)) {
                return;
            }
            BigDecimal found = values[row][column];
            if (found == null) {
                if (!checking && text[row][column].isBlank()) {
                    values[row][column] = sum;
                    derived[row][column] = true;
                    filled++;
                }
                return;
            }
            if (derived[row][column] || !checking) {
                return;
            }
            BigDecimal expected = sum.setScale(Math.max(found.scale(), 0), RoundingMode.HALF_UP);
            String path = "tables[" + index + "].rows[" + row + "]." + columns.get(column).key();
            if (expected.compareTo(found) != 0 && mismatches.stream().noneMatch(m -> m.path().equals(path))) {
                Cell cell = entry.rows().get(row).get(columns.get(column).key());
                mismatches.add(new Mismatch(cell.position(), path, label(row),
                        heading(column), names, expected, found));
            }
        }

        private int rowNamed(String name) {
            for (int r = 0; r < text.length; r++) {
                if (text[r][labelColumn].strip().equals(name.strip())) {
                    return r;
                }
            }
            return -1;
        }

        private String label(int row) {
            String label = text[row][labelColumn].strip();
            return label.isEmpty() ? "第 " + (row + 1) + " 行" : label;
        }

        private String heading(int column) {
            String heading = leaf[column];
            return heading == null || heading.isBlank() ? columns.get(column).key() : heading;
        }
    }
}
