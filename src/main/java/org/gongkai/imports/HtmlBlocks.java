package org.gongkai.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML — mammoth's rendering of a Word file or a web page's article — into blocks: h1–h6 into
 * headings, tables into {@link SourceTable}s laid out on their grid, the text between them into
 * paragraphs (a block element or a {@code <br>} ends one). The depth is bounded before this runs.
 */
final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "select", "button", "input", "textarea", "img", "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "blockquote", "center", "dl", "dt", "dd", "header", "footer", "aside", "nav", "figure", "figcaption",
            "pre", "address", "hr", "form", "fieldset", "body", "html", "tbody", "tr", "td", "th");
    private static final int UNIT_LINE_MAX_CHARS = 80;

    private final String fileName;
    private final ImportLimits limits;
    private final Predicate<Element> dropped;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int tables;

    HtmlBlocks(String fileName, ImportLimits limits, Predicate<Element> dropped) {
        this.fileName = fileName;
        this.limits = limits;
        this.dropped = dropped;
    }

    List<Block> read(Element root) throws ImportException {
        walk(root);
        flush();
        return List.copyOf(blocks);
    }

    private void walk(Element element) throws ImportException {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                pending.append(text.getWholeText());
            } else if (node instanceof Element child) {
                visit(child);
            }
        }
    }

    private void visit(Element element) throws ImportException {
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || dropped.test(element)) {
            return;
        }
        if (tag.equals("br")) {
            flush();
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            flush();
            String text = Text.clean(element.text());
            if (!text.isEmpty()) {
                blocks.add(new Heading(tag.charAt(1) - '0', text));
            }
        } else if (tag.equals("table")) {
            flush();
            blocks.add(table(element));
        } else if (BLOCKS.contains(tag)) {
            flush();
            walk(element);
            flush();
        } else {
            walk(element);
        }
    }

    private void flush() {
        String text = Text.clean(pending.toString());
        pending.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text));
        }
    }

    private SourceTable table(Element table) throws ImportException {
        int number = ++tables;
        List<String> captions = new ArrayList<>();
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> {
                    String text = Text.clean(child.text());
                    if (!text.isEmpty()) {
                        captions.add(text);
                    }
                }
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream()
                        .filter(row -> row.normalName().equals("tr")).toList());
                default -> { }
            }
        }
        if (rows.size() > limits.maxRows()) {
            throw tooLarge("表" + number + " 有 " + rows.size() + " 行，超过 " + limits.maxRows() + " 行的上限");
        }
        List<List<SourceCell>> grid = new ArrayList<>();
        int[] coveredBelow = new int[limits.maxColumns()];
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            boolean headRow = row.parent() != null && row.parent().normalName().equals("thead");
            List<SourceCell> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                while (column < coveredBelow.length && coveredBelow[column] > 0) {
                    column++;
                }
                int colspan = span(cell.attr("colspan"), limits.maxColumns());
                int rowspan = Math.min(span(cell.attr("rowspan"), limits.maxRows()), rows.size() - r);
                if (column + colspan > limits.maxColumns()) {
                    throw tooLarge("表" + number + " 第" + (r + 1) + "行超过 " + limits.maxColumns() + " 列的上限");
                }
                for (int k = column; k < column + colspan; k++) {
                    coveredBelow[k] = rowspan;
                }
                String text = cellText(cell);
                cells.add(new SourceCell(text, rowspan, colspan, headRow || tag.equals("th"), NumberText.parse(text),
                        new CellOrigin(number, null, r + 1, column + 1)));
                column += colspan;
            }
            for (int k = 0; k < coveredBelow.length; k++) {
                if (coveredBelow[k] > 0) {
                    coveredBelow[k]--;
                }
            }
            grid.add(cells);
        }
        CaptionRows.Split split = CaptionRows.split(captions, grid);
        return new SourceTable(number, null, split.captions(), unitLine(split.captions()), split.rows());
    }

    /**
     * A cell's text by its lines: a {@code <br>} ends a line, a block ({@code <p>}, {@code <div>}…) a paragraph;
     * the source's own line breaks inside a text are not the page's (they wrap the HTML), as {@link Text#clean} reads them.
     */
    private static String cellText(Element cell) {
        CellLineCollector lines = new CellLineCollector();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    lines.text(text.getWholeText());
                } else if (node instanceof Element element && node != cell && (element.normalName().equals("br") || element.isBlock())) {
                    lines.end(element.isBlock());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != cell && element.isBlock()) {
                    lines.end(true);
                }
            }
        }, cell);
        return lines.joined();
    }

    /** The lines of a cell as they are read; a run of breaks with a paragraph's among them is a paragraph break. */
    private static final class CellLineCollector {
        private final List<CellLines.Line> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private boolean paragraph;

        void text(String text) {
            line.append(text);
        }

        void end(boolean block) {
            String text = Text.clean(line.toString());
            line.setLength(0);
            if (!text.isEmpty()) {
                lines.add(new CellLines.Line(text, paragraph));
                paragraph = block;
            } else {
                paragraph |= block;
            }
        }

        String joined() {
            end(false);
            return CellLines.join(lines);
        }
    }

    /** From the captions, else from one of the two paragraphs just before the table. */
    private String unitLine(List<String> captions) {
        for (String caption : captions) {
            String found = UnitLine.find(caption);
            if (found != null) {
                return found;
            }
        }
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 2); i--) {
            if (!(blocks.get(i) instanceof Paragraph paragraph)) {
                break;
            }
            if (paragraph.text().length() <= UNIT_LINE_MAX_CHARS && UnitLine.find(paragraph.text()) != null) {
                return UnitLine.find(paragraph.text());
            }
        }
        return null;
    }

    private static int span(String value, int max) {
        try {
            int span = Integer.parseInt(value.strip());
            return span < 1 ? 1 : Math.min(span, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private ImportException tooLarge(String what) {
        return new ImportException(fileName, what, "gongkai 不导入这么大的表格；请检查文件是否正确，或把表格拆开后再导入");
    }
}
