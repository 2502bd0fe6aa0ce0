package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a rendered page as plain rows of cell text, merged cells repeated into every row and
 * column they span. Downloads are made from these, so a CSV or JSON can never disagree with the
 * table it sits beside.
 *
 * <p>The page is read by {@link PageTables}, a scanner for the markup gongkai's templates write
 * (escaped text, quoted attributes), not by a general HTML parser: at national scale parsing every
 * page into a DOM again cost a third of a build.
 */
public record TableData(String key, String caption, List<List<String>> rows) {

    /**
     * Every {@code <table data-table>} and chart data table ({@code data-chart}) of a page. The
     * caption is its own text (not the download link in it); notes inside cells (a rule's score, a
     * printed rate: {@code .suggested}, {@code .stated}) are not the table's figures and are left out.
     */
    public static List<TableData> of(String html) {
        List<TableData> tables = new ArrayList<>();
        for (PageTables.Table table : PageTables.scan(html)) {
            tables.add(of(table));
        }
        return tables;
    }

    /** A scanned table, its merged cells repeated. */
    static TableData of(PageTables.Table table) {
        return new TableData(table.key(), table.caption().isEmpty() ? table.key() : table.caption(), grid(table.rows()));
    }

    private static List<List<String>> grid(List<List<PageTables.Cell>> cells) {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        List<String[]> pendingText = new ArrayList<>();
        for (List<PageTables.Cell> tr : cells) {
            List<String> row = new ArrayList<>();
            int column = 0;
            for (PageTables.Cell cell : tr) {
                column = fillSpans(row, column, pending, pendingText);
                String text = cell.text();
                int colspan = cell.colspan();
                int rowspan = cell.rowspan();
                for (int c = 0; c < colspan; c++) {
                    row.add(text);
                    if (rowspan > 1) {
                        pending.add(new int[] {column, rowspan - 1});
                        pendingText.add(new String[] {text});
                    }
                    column++;
                }
            }
            fillSpans(row, column, pending, pendingText);
            rows.add(row);
        }
        return rows;
    }

    /** Puts the text of cells merged down from earlier rows into this row, at their columns. */
    private static int fillSpans(List<String> row, int column, List<int[]> pending, List<String[]> text) {
        boolean found = true;
        while (found) {
            found = false;
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i)[0] == column) {
                    row.add(text.get(i)[0]);
                    if (--pending.get(i)[1] == 0) {
                        pending.remove(i);
                        text.remove(i);
                    }
                    column++;
                    found = true;
                    break;
                }
            }
        }
        return column;
    }

    /**
     * UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF, RFC 4180 quoting, and no
     * formulas: see {@link #inert}.
     */
    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String cell = inert(row.get(i));
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                    cell = '"' + cell.replace("\"", "\"\"") + '"';
                }
                out.append(cell);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A figure as gongkai writes it (or a clerk types it): -12.5, -3.2%, +5, 1,234.50. */
    private static final Pattern FIGURE = Pattern.compile("[-+]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?%?");

    /** Whether a CSV cell is a figure as gongkai writes it (-12.5, -3.2%, +5, 1,234.50), not text. */
    static boolean isFigure(String cell) {
        return FIGURE.matcher(cell).matches();
    }

    /**
     * A cell a spreadsheet would read as a formula (it starts with {@code = + - @}, a tab or a carriage
     * return) with a leading {@code '}, which spreadsheets take as "text follows" (OWASP's CSV injection
     * advice); a figure, negative or signed, is left a number.
     */
    static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isFigure(cell)) {
            return cell;
        }
        return "'" + cell;
    }
}
