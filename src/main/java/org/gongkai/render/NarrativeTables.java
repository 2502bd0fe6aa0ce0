package org.gongkai.render;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Tables in narrative Markdown: GFM pipe tables, rendered as plain {@code <table>}s the theme styles like
 * its own, with {@code scope="col"} on the header cells and a column's alignment as a class
 * ({@code align-right}). A GFM cell is one line, so the literal text
 * {@code <br>} (also {@code <br/>}, {@code <br />}) inside a table cell is read as a line break; everywhere
 * else raw HTML, {@code <br>} included, stays escaped text. Narrative tables have no {@code data-table}
 * key, so they are part of the text and get no CSV of their own.
 */
final class NarrativeTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), new NarrativeTables());

    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private NarrativeTables() {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(document -> {
            breaksInCells(document);
            return document;
        });
    }

    /**
     * Replaces every {@code <br>} inside a table cell by a hard line break. Walked without recursion, like
     * {@link Markdown}'s depth bound, so a deeply nested text is refused there instead of overflowing here.
     */
    private static void breaksInCells(Node document) {
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Boolean> inCell = new ArrayDeque<>();
        nodes.push(document);
        inCell.push(false);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            boolean cell = inCell.pop() || node instanceof TableCell;
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (cell && child instanceof HtmlInline html && BREAK.matcher(html.getLiteral()).matches()) {
                    HardLineBreak lineBreak = new HardLineBreak();
                    lineBreak.setSourceSpans(html.getSourceSpans());
                    child.insertBefore(lineBreak);
                    child.unlink();
                } else if (child.getFirstChild() != null) {
                    nodes.push(child);
                    inCell.push(cell);
                }
                child = next;
            }
        }
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.attributeProviderFactory(context -> (AttributeProvider) (Node node, String tag, Map<String, String> attributes) -> {
            if (node instanceof TableCell cell) {
                // HTML5 has no align attribute on cells: a column's alignment is a class the theme styles.
                attributes.remove("align");
                if (cell.getAlignment() != null) {
                    attributes.put("class", "align-" + cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (cell.isHeader()) {
                    attributes.put("scope", "col");
                }
            }
        });
    }
}
