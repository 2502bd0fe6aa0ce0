package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A table of a rendered page as plain rows of cell text, merged cells repeated into every row and
 * column they span. Downloads are made from these, so a CSV or JSON can never disagree with the
 * table it sits beside.
 */
public record TableData(String key, String caption, List<List<String>> rows) {

    /** Every {@code <table data-table>} and chart data table ({@code data-chart}) of a page. */
    public static List<TableData> of(String html) {
        Document page = Jsoup.parse(html);
        List<TableData> tables = new ArrayList<>();
        // Notes inside cells (a rule's score, a printed rate, download links) are not the table's figures.
        page.select("td .suggested, td .stated, caption a.download").remove();
        for (Element table : page.select("table[data-table], table[data-chart]")) {
            String key = table.hasAttr("data-table") ? table.attr("data-table") : "chart-" + table.attr("data-chart");
            Element caption = table.selectFirst("caption");
            String title = caption == null ? key : caption.ownText().strip();
            table.select("caption").remove();
            tables.add(new TableData(key, title, grid(table)));
        }
        return tables;
    }

    private static List<List<String>> grid(Element table) {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        List<String[]> pendingText = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.select("> th, > td")) {
                column = fillSpans(row, column, pending, pendingText);
                String text = cell.text().strip();
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
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

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr(attribute)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF, RFC 4180 quoting. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String cell = row.get(i);
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                    cell = '"' + cell.replace("\"", "\"\"") + '"';
                }
                out.append(cell);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
