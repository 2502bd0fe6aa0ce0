package org.gongkai.render;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A report page's {@code <main>} read in its order, block by block, for the documents made from it (the
 * Word file, the CMS article): one reading of the page, each document writing a block its own way. What is
 * the site's and not the document's ({@link PageChrome}) and what a document leaves out ({@link #skips}) is
 * passed over; a table is given with the reading {@link PageTables} made of it for the CSV files.
 */
abstract class PageBlocks {

    private final Map<String, Deque<PageTables.Table>> tables;

    PageBlocks(List<PageTables.Table> tables) {
        this.tables = PageTables.byKey(tables);
    }

    /** Reads the page's {@code <main>}, if it has one. */
    final void walk(String html) {
        Element main = Jsoup.parse(html).selectFirst("main");
        if (main != null) {
            blocks(main);
        }
    }

    /** Whether a child of a container is a block of its own; the others are runs of inline content. */
    abstract boolean isBlock(Element element);

    /** A tag this document does not write (besides the site's). */
    abstract boolean skips(String tag);

    /** Inline content between blocks (text, emphasis, links, line breaks): a paragraph, if it is not blank. */
    abstract void inline(List<Node> nodes);

    /** h1 (level 0) to h6 (level 5). */
    abstract void heading(int level, Element heading);

    abstract void paragraph(Element paragraph);

    abstract void list(Element list);

    abstract void table(Element element);

    /** A {@code <dl>}: the title block (class disclosure-meta) or a glossary. */
    abstract void definitions(Element list);

    /** A chart's block: its picture (when the document has one) and its data table. */
    abstract void chart(Element chart);

    /** The children of a container: blocks by their tag, runs of inline content as paragraphs. */
    final void blocks(Element container) {
        List<Node> inline = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                inline(inline);
                inline.clear();
                block(element);
            } else {
                inline.add(child);
            }
        }
        inline(inline);
    }

    private void block(Element element) {
        String tag = element.tagName();
        if (skips(tag) || PageChrome.isChrome(element)) {
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(tag.charAt(1) - '1', element);
            case "p", "dt", "dd", "figcaption", "pre" -> paragraph(element);
            case "ul", "ol" -> list(element);
            case "table" -> table(element);
            case "dl" -> definitions(element);
            default -> {
                if (element.hasClass("chart")) {
                    chart(element);
                } else {
                    blocks(element);
                }
            }
        }
    }

    /** The table as {@link PageTables} reads it (the reading of the CSV files and the workbook). */
    final PageTables.Table scanned(Element table) {
        String key = table.hasAttr("data-table") ? table.attr("data-table")
                : table.hasAttr("data-chart") ? "chart-" + table.attr("data-chart") : null;
        Deque<PageTables.Table> found = key == null ? null : tables.get(key);
        if (found != null && !found.isEmpty()) {
            return found.poll();
        }
        List<PageTables.Table> own = PageTables.scan("<table data-table=\"\">" + table.html() + "</table>");
        return own.isEmpty() ? new PageTables.Table("", "", List.of()) : own.get(0);
    }

    /** A chart block's id without its {@code chart-} prefix: the key of its picture. */
    static String chartId(Element chart) {
        return chart.id().startsWith("chart-") ? chart.id().substring("chart-".length()) : chart.id();
    }
}
