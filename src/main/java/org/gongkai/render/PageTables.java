package org.gongkai.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the data tables out of a page gongkai rendered: one pass over the markup, no DOM. It relies on
 * what the templates guarantee (auto-escaped text, quoted attributes, tables not nested) and reads
 * text as a browser shows it: runs of whitespace are one space, {@code <br>} and block elements
 * separate words, character references are decoded. A cell of class {@code text} is shown with
 * {@code white-space: pre-line} (a value written over several lines in YAML), so there line breaks and
 * {@code <br>} are kept as line breaks.
 */
final class PageTables {

    /**
     * A table with {@code data-table} (key = its value) or {@code data-chart} (key = "chart-" + its value).
     *
     * @param unit the caption's 单位 line as shown ("单位：万元"), or "" when it has none
     * @param headRows how many of the rows are the table's header rows ({@code <thead>})
     */
    record Table(String key, String caption, String unit, int headRows, List<List<Cell>> rows) {

        Table(String key, String caption, List<List<Cell>> rows) {
            this(key, caption, "", 0, rows);
        }

        /** Whether the table is one of the document's ({@code data-table}), not a chart's figures. */
        boolean published() {
            return !key.startsWith("chart-");
        }
    }

    /**
     * @param header a header cell ({@code <th>}): a heading or a row's label
     * @param figure a figure cell ({@code <td class="num">}): its text is a number as written, or empty
     * @param total a cell of a total row ({@code <tr class="total">}: 合计, 总计, 小计), which the page sets bold
     */
    record Cell(String text, int colspan, int rowspan, boolean header, boolean figure, boolean total) {

        Cell(String text, int colspan, int rowspan, boolean header, boolean figure) {
            this(text, colspan, rowspan, header, figure, false);
        }

        Cell(String text, int colspan, int rowspan) {
            this(text, colspan, rowspan, false, false);
        }
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> BREAKS = Set.of("br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table",
            "section", "figure", "figcaption", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Notes in a data cell that are not the table's figures. */
    private static final Set<String> NOTES = Set.of("suggested", "stated");

    private PageTables() {
    }

    static List<Table> scan(String html) {
        return new Scan(html).tables();
    }

    /** The tables by key, each key's in page order (a writer walking the page takes them as it meets them). */
    static Map<String, Deque<Table>> byKey(List<Table> tables) {
        Map<String, Deque<Table>> byKey = new HashMap<>();
        for (Table table : tables) {
            byKey.computeIfAbsent(table.key(), k -> new ArrayDeque<>()).add(table);
        }
        return byKey;
    }

    private static final class Scan {
        private final String html;
        private final List<Table> tables = new ArrayList<>();
        private int at;

        private String key;
        private StringBuilder caption;
        private int captionDepth = -1;
        /** The caption's 单位 line ({@code <span class="unit">}, without the download link in it). */
        private StringBuilder unit;
        private int unitDepth = -1;
        private int headRows;
        private boolean inHead;
        private List<List<Cell>> rows;
        private List<Cell> row;
        private StringBuilder cell;
        private boolean dataCell;
        private boolean figureCell;
        /** Whether the row being read is a total row ({@code <tr class="total">}). */
        private boolean totalRow;
        private boolean keepsLines;
        private int colspan;
        private int rowspan;
        /** Open elements inside the current table. */
        private final Deque<String> open = new ArrayDeque<>();
        /** Depth in {@link #open} of a note being skipped, or -1. */
        private int skipping = -1;

        Scan(String html) {
            this.html = html;
        }

        List<Table> tables() {
            int length = html.length();
            while (at < length) {
                if (rows == null) {
                    int next = html.indexOf("<table", at);
                    if (next < 0) {
                        break;
                    }
                    at = next;
                }
                int lt = html.indexOf('<', at);
                if (lt < 0) {
                    text(at, length);
                    break;
                }
                text(at, lt);
                at = lt;
                if (html.startsWith("<!--", at)) {
                    int end = html.indexOf("-->", at + 4);
                    at = end < 0 ? length : end + 3;
                } else if (html.startsWith("</", at)) {
                    int end = html.indexOf('>', at);
                    end = end < 0 ? length : end;
                    endTag(html.substring(at + 2, end).strip().toLowerCase(Locale.ROOT));
                    at = end + 1;
                } else if (at + 1 < length && Character.isLetter(html.charAt(at + 1))) {
                    startTag();
                } else if (html.startsWith("<!", at) || html.startsWith("<?", at)) {
                    int end = html.indexOf('>', at);
                    at = end < 0 ? length : end + 1;
                } else {
                    text(at, at + 1);
                    at++;
                }
            }
            return tables;
        }

        private void startTag() {
            int i = at + 1;
            int length = html.length();
            while (i < length && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
                i++;
            }
            String name = html.substring(at + 1, i).toLowerCase(Locale.ROOT);
            String tableKey = null;
            String chartKey = null;
            String className = null;
            int cols = 1;
            int rowsSpanned = 1;
            while (i < length && html.charAt(i) != '>') {
                char c = html.charAt(i);
                if (isSpace(c) || c == '/') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < length && !isSpace(html.charAt(i)) && html.charAt(i) != '=' && html.charAt(i) != '>') {
                    i++;
                }
                String attribute = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
                String value = "";
                if (i < length && html.charAt(i) == '=') {
                    i++;
                    char quote = i < length ? html.charAt(i) : ' ';
                    int valueStart;
                    if (quote == '"' || quote == '\'') {
                        valueStart = i + 1;
                        i = html.indexOf(quote, valueStart);
                        i = i < 0 ? length : i;
                        value = decode(html, valueStart, i);
                        i++;
                    } else {
                        valueStart = i;
                        while (i < length && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                            i++;
                        }
                        value = decode(html, valueStart, i);
                    }
                }
                switch (attribute) {
                    case "data-table" -> tableKey = value;
                    case "data-chart" -> chartKey = value;
                    case "class" -> className = value;
                    case "colspan" -> cols = span(value);
                    case "rowspan" -> rowsSpanned = span(value);
                    default -> { }
                }
            }
            at = Math.min(length, i + 1);
            if (name.equals("script") || name.equals("style")) {
                int end = html.indexOf("</" + name, at);
                at = end < 0 ? length : end;
                return;
            }
            if (rows == null) {
                if (name.equals("table") && (tableKey != null || chartKey != null)) {
                    key = tableKey != null ? tableKey : "chart-" + chartKey;
                    rows = new ArrayList<>();
                    caption = new StringBuilder();
                    unit = new StringBuilder();
                    headRows = 0;
                    inHead = false;
                }
                return;
            }
            boolean isVoid = VOID.contains(name);
            if (skipping < 0 && name.equals("br") && cell != null && keepsLines) {
                cell.append('\n');
            } else if (skipping < 0 && BREAKS.contains(name)) {
                space();
            }
            switch (name) {
                case "caption" -> captionDepth = open.size() + 1;
                case "thead" -> inHead = true;
                case "tbody", "tfoot" -> inHead = false;
                case "tr" -> {
                    closeRow();
                    row = new ArrayList<>();
                    totalRow = hasClass(className, "total");
                    if (inHead) {
                        headRows = rows.size() + 1;
                    }
                }
                case "td", "th" -> {
                    closeCell();
                    if (row == null) {
                        row = new ArrayList<>();
                        totalRow = false;
                    }
                    cell = new StringBuilder();
                    dataCell = name.equals("td");
                    figureCell = dataCell && hasClass(className, "num");
                    keepsLines = keepsLines(className);
                    colspan = cols;
                    rowspan = rowsSpanned;
                }
                default -> {
                    if (skipping < 0 && cell != null && dataCell && className != null && hasNote(className)) {
                        skipping = open.size() + 1;
                    } else if (name.equals("span") && captionDepth >= 0 && open.size() == captionDepth
                            && hasClass(className, "unit")) {
                        unitDepth = open.size() + 1;
                    }
                }
            }
            if (!isVoid) {
                open.push(name);
            }
        }

        private void endTag(String name) {
            if (rows == null) {
                return;
            }
            switch (name) {
                case "table" -> {
                    closeRow();
                    tables.add(new Table(key, normalise(caption), normalise(unit), headRows, rows));
                    rows = null;
                    open.clear();
                    skipping = -1;
                    captionDepth = -1;
                    unitDepth = -1;
                    return;
                }
                case "td", "th" -> closeCell();
                case "thead" -> {
                    closeRow();
                    inHead = false;
                }
                case "tr", "tbody", "tfoot" -> closeRow();
                default -> { }
            }
            if (open.contains(name)) {
                while (!open.isEmpty()) {
                    String top = open.pop();
                    if (open.size() < skipping) {
                        skipping = -1;
                    }
                    if (open.size() < captionDepth) {
                        captionDepth = -1;
                    }
                    if (open.size() < unitDepth) {
                        unitDepth = -1;
                    }
                    if (top.equals(name)) {
                        break;
                    }
                }
            }
            if (skipping < 0 && BREAKS.contains(name)) {
                space();
            }
        }

        private void text(int from, int to) {
            if (rows == null || from >= to || skipping >= 0) {
                return;
            }
            if (cell != null) {
                cell.append(decode(html, from, to));
            } else if (captionDepth >= 0 && open.size() == captionDepth) {
                caption.append(decode(html, from, to));
            } else if (unitDepth >= 0 && open.size() == unitDepth) {
                unit.append(decode(html, from, to));
            }
        }

        private void space() {
            if (cell != null) {
                cell.append(' ');
            }
        }

        private void closeCell() {
            if (cell != null) {
                row.add(new Cell(keepsLines ? lines(cell) : normalise(cell), colspan, rowspan, !dataCell, figureCell, totalRow));
                cell = null;
                skipping = -1;
            }
        }

        private void closeRow() {
            closeCell();
            if (row != null) {
                rows.add(List.copyOf(row));
                row = null;
            }
        }

        private static boolean keepsLines(String className) {
            return hasClass(className, "text");
        }

        private static boolean hasClass(String className, String wanted) {
            return className != null && java.util.Arrays.asList(className.split("\\s+")).contains(wanted);
        }

        private static boolean hasNote(String className) {
            for (String one : className.split("\\s+")) {
                if (NOTES.contains(one)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int span(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Whitespace runs (including no-break spaces) as one space, trimmed; zero-width spaces and soft hyphens dropped. */
    private static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean white = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) || c == '\u00A0') {
                white = true;
            } else if (c != '\u200B' && c != '\u00AD') {
                if (white && out.length() > 0) {
                    out.append(' ');
                }
                white = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each line as {@link #normalise} makes it, kept apart by a line feed; blank lines at either end dropped. */
    private static String lines(CharSequence text) {
        String[] lines = text.toString().split("\r\n|\r|\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : lines) {
            String one = normalise(line);
            if (!one.isEmpty() || out.length() > 0) {
                out.append(one).append('\n');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The text between {@code from} and {@code to} with character references decoded. */
    static String decode(String html, int from, int to) {
        int amp = from;
        while (amp < to && html.charAt(amp) != '&') {
            amp++;
        }
        if (amp == to) {
            return html.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            int semicolon = c == '&' ? html.indexOf(';', i) : -1;
            if (semicolon > i && semicolon < to && semicolon - i <= 10) {
                String name = html.substring(i + 1, semicolon);
                int decoded = reference(name);
                if (decoded >= 0) {
                    out.appendCodePoint(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00A0';
            default -> -1;
        };
    }
}
