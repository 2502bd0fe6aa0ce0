package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * article.html: the report's page as a fragment to paste into a government-website platform's editor.
 * Made from the page in its order, like report.docx (same parts left out: navigation, the 主要数字
 * summary, download links, ※ marks); every element carries its look in a {@code style} attribute (an
 * editor keeps no stylesheet and no class), the charts are inline SVG followed by their caption and
 * figures as a table (a sanitiser that drops SVG keeps those), and nothing refers outside the fragment
 * but one plain link back to the page. No script, no image file, no font, no stylesheet.
 */
final class ArticleWriter extends PageBlocks {

    static final String FILE = "article.html";

    /** Besides the site's ({@link PageChrome}): what the article writes otherwise or not at all. */
    private static final Set<String> SKIPPED = Set.of("summary", "hr", "img", "svg", "caption", "figcaption");
    private static final Set<String> INLINE_KEPT = Set.of("strong", "b", "em", "i", "sub", "sup", "code");

    static final String FRAME = "font-family:'FangSong','仿宋','SimSun','宋体',serif;font-size:16px;line-height:1.8;color:#222;";
    private static final String HEADING = "font-family:'SimHei','黑体',sans-serif;font-weight:bold;margin:18px 0 8px;";
    private static final String TABLE = "border-collapse:collapse;width:100%;margin:8px 0 18px;font-size:14px;line-height:1.5;";
    private static final String TABLE_TITLE = "text-align:center;font-weight:bold;margin:12px 0 0;";
    private static final String TABLE_UNIT = "text-align:right;font-size:14px;margin:0;";
    private static final String CELL = "border:1px solid #666;padding:4px 6px;vertical-align:middle;";

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> svgs;

    private ArticleWriter(List<PageTables.Table> tables, Map<String, String> svgs) {
        super(tables);
        this.svgs = svgs;
    }

    /**
     * @param svgs each chart's SVG by chart id; a chart without one is given by its caption and figures
     * @param pageUrl the page's absolute address (from base-url), for the one link back; null for none
     */
    static byte[] write(PageWriter.Rendered page, Map<String, String> svgs, String pageUrl) {
        ArticleWriter writer = new ArticleWriter(page.tables(), svgs);
        writer.out.append("<div style=\"").append(FRAME).append("\">\n");
        writer.walk(page.html());
        if (pageUrl != null) {
            writer.out.append("<p style=\"margin:18px 0 0;font-size:14px;color:#555;\">本文网页版：<a href=\"")
                    .append(escape(pageUrl)).append("\">").append(escape(pageUrl)).append("</a></p>\n");
        }
        writer.out.append("</div>\n");
        return writer.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    boolean isBlock(Element element) {
        String tag = element.tagName();
        return !INLINE_KEPT.contains(tag) && !tag.equals("a") && !tag.equals("span") && !tag.equals("br");
    }

    @Override
    boolean skips(String tag) {
        return SKIPPED.contains(tag);
    }

    @Override
    void inline(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> inline(node, text));
        paragraph(text.toString());
    }

    private void paragraph(String text) {
        if (!text.isBlank()) {
            out.append("<p style=\"margin:0 0 10px;text-indent:2em;\">").append(text.strip()).append("</p>\n");
        }
    }

    @Override
    void heading(int level, Element heading) {
        String tag = "h" + (level + 1);
        out.append('<').append(tag).append(" style=\"").append(HEADING).append("font-size:").append(22 - 2 * level).append("px;")
                .append(level == 0 ? "text-align:center;" : "").append("\">").append(inline(heading)).append("</").append(tag).append(">\n");
    }

    @Override
    void paragraph(Element paragraph) {
        paragraph(inline(paragraph));
    }

    /** The title block (发布机构：…) as centred lines, a glossary as terms and their text. */
    @Override
    void definitions(Element list) {
        boolean titleBlock = list.hasClass("disclosure-meta");
        if (!titleBlock) {
            out.append("<dl style=\"margin:0 0 10px;\">\n");
        }
        for (Element term : list.select("dt")) {
            Element definition = term.nextElementSibling();
            String text = definition == null ? "" : inline(definition);
            if (titleBlock) {
                out.append("<p style=\"margin:0;text-align:center;font-size:14px;\">").append(inline(term)).append("：")
                        .append(text).append("</p>\n");
            } else {
                out.append("<dt style=\"font-weight:bold;\">").append(inline(term)).append("</dt>\n<dd style=\"margin:0 0 8px 2em;\">")
                        .append(text).append("</dd>\n");
            }
        }
        if (!titleBlock) {
            out.append("</dl>\n");
        }
    }

    @Override
    void list(Element list) {
        String tag = list.tagName();
        out.append('<').append(tag);
        if (tag.equals("ol") && list.hasAttr("start") && list.attr("start").strip().matches("\\d{1,6}")) {
            out.append(" start=\"").append(list.attr("start").strip()).append('"');
        }
        out.append(" style=\"margin:0 0 10px;padding-left:2em;\">\n");
        for (Element item : list.children()) {
            if (!item.tagName().equals("li")) {
                continue;
            }
            out.append("<li style=\"margin:0 0 4px;\">");
            StringBuilder inline = new StringBuilder();
            for (Node child : item.childNodes()) {
                if (child instanceof Element element && (element.tagName().equals("ul") || element.tagName().equals("ol"))) {
                    out.append(inline);
                    inline.setLength(0);
                    list(element);
                } else if (child instanceof Element element && element.tagName().equals("p")) {
                    inline.append(inline(element));
                } else {
                    inline(child, inline);
                }
            }
            out.append(inline.toString().strip()).append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    /** A chart: its SVG and caption, then its figures as a table (which is all a sanitiser that drops SVG leaves). */
    @Override
    void chart(Element chart) {
        String id = chartId(chart);
        String svg = svgs.get(id);
        Element caption = chart.selectFirst("figcaption");
        if (svg != null && caption != null) {
            out.append("<div style=\"margin:12px 0 0;text-align:center;\">").append(inlineSvg(svg, id)).append("</div>\n");
            out.append("<p style=\"margin:4px 0 8px;text-align:center;font-size:14px;\">")
                    .append(escape(PageChrome.captionText(caption))).append("</p>\n");
        }
        Element table = chart.selectFirst("table");
        if (table != null) {
            table(table);
        }
    }

    @Override
    void table(Element element) {
        PageTables.Table table = scanned(element);
        if (table.rows().isEmpty()) {
            return;
        }
        if (!table.caption().isEmpty()) {
            out.append("<p style=\"").append(TABLE_TITLE).append("\">").append(escape(table.caption())).append("</p>\n");
        }
        if (!table.unit().isEmpty()) {
            out.append("<p style=\"").append(TABLE_UNIT).append("\">").append(escape(table.unit())).append("</p>\n");
        }
        List<Element> rows = element.select("tr");
        boolean classed = rows.size() == table.rows().size();
        out.append("<table style=\"").append(TABLE).append("\">\n");
        for (int r = 0; r < table.rows().size(); r++) {
            boolean head = r < table.headRows();
            if (r == 0 && head) {
                out.append("<thead>\n");
            } else if (r == table.headRows()) {
                out.append("<tbody>\n");
            }
            Element source = classed ? rows.get(r) : null;
            boolean total = table.rows().get(r).stream().anyMatch(PageTables.Cell::total);
            int level = source == null ? 0 : level(source);
            out.append("<tr>");
            boolean firstLabel = true;
            for (PageTables.Cell cell : table.rows().get(r)) {
                String tag = cell.header() || head ? "th" : "td";
                out.append('<').append(tag);
                if (cell.colspan() > 1) {
                    out.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                if (cell.rowspan() > 1) {
                    out.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                if (tag.equals("th")) {
                    out.append(" scope=\"").append(head ? "col" : "row").append('"');
                }
                out.append(" style=\"").append(CELL);
                if (head) {
                    out.append("background:#f0f0f0;text-align:center;font-weight:bold;");
                } else if (cell.figure()) {
                    out.append("text-align:right;white-space:nowrap;");
                } else {
                    out.append("text-align:left;");
                    if (tag.equals("th") && firstLabel && level > 0) {
                        out.append("padding-left:").append(level + 0.5).append("em;");
                    }
                }
                if (total || tag.equals("th")) {
                    out.append("font-weight:bold;");
                }
                if (tag.equals("th") && !head && !total && level > 0) {
                    out.append("font-weight:normal;");
                }
                out.append("\">").append(escape(cell.text()).replace("\n", "<br>")).append("</").append(tag).append('>');
                firstLabel &= !tag.equals("th");
            }
            out.append("</tr>\n");
            if (head && r + 1 == table.headRows()) {
                out.append("</thead>\n");
            }
        }
        if (table.rows().size() > table.headRows()) {
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    private static int level(Element row) {
        for (String name : row.classNames()) {
            if (name.matches("level-[1-9]")) {
                return name.charAt(6) - '0';
            }
        }
        return 0;
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, text);
        }
        return text.toString().strip();
    }

    /** Text with its emphasis and line breaks; links become their text (the one link out is back to the page). */
    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ")));
        } else if (node instanceof Element element) {
            String tag = element.tagName();
            if (tag.equals("br")) {
                out.append("<br>");
                return;
            }
            if (SKIPPED.contains(tag) || PageChrome.TAGS.contains(tag) || element.hasClass("download")) {
                return;
            }
            boolean kept = INLINE_KEPT.contains(tag);
            if (kept) {
                out.append('<').append(tag).append('>');
            }
            for (Node child : element.childNodes()) {
                inline(child, out);
            }
            if (kept) {
                out.append("</").append(tag).append('>');
            }
        }
    }

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern FONT = Pattern.compile("font-family:([^};]+)");
    private static final Pattern ID = Pattern.compile("\\bid=(['\"])([^'\"]+)\\1");

    /**
     * A chart's SVG to stand in HTML: no XML prolog or namespace declarations, its {@code <style>} rule
     * (the font) on the root element instead, scaled to the editor's width, and its ids ({@code title},
     * {@code desc}) made the chart's own so two charts in one article do not share one.
     */
    static String inlineSvg(String svg, String chartId) {
        String body = svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
        String font = "";
        Matcher style = STYLE.matcher(body);
        if (style.find()) {
            Matcher family = FONT.matcher(style.group(1));
            if (family.find()) {
                font = "font-family:" + family.group(1).strip() + ";";
            }
            body = body.substring(0, style.start()) + body.substring(style.end());
        }
        body = body.replaceFirst("\\s+xmlns:jfreesvg='[^']*'", "").replaceFirst("\\s+xmlns:xlink='[^']*'", "")
                .replaceFirst("\\s+xmlns='[^']*'", "");
        body = body.replaceFirst("^<svg\\b", Matcher.quoteReplacement(
                "<svg style='max-width:100%;height:auto;" + font.replace("'", "") + "'"));
        String prefix = "gk-" + chartId + "-";
        Matcher ids = ID.matcher(body);
        java.util.LinkedHashSet<String> own = new java.util.LinkedHashSet<>();
        while (ids.find()) {
            if (!ids.group(2).startsWith(prefix)) {
                own.add(ids.group(2));
            }
        }
        for (String id : own) {
            body = body.replaceAll("\\bid=(['\"])" + Pattern.quote(id) + "\\1", Matcher.quoteReplacement("id=\"" + prefix + id + "\""))
                    .replace("url(#" + id + ")", "url(#" + prefix + id + ")");
            Matcher labelled = Pattern.compile("aria-(labelledby|describedby)=\"([^\"]*)\"").matcher(body);
            StringBuilder relabelled = new StringBuilder();
            while (labelled.find()) {
                String tokens = (" " + labelled.group(2) + " ").replace(" " + id + " ", " " + prefix + id + " ").strip();
                labelled.appendReplacement(relabelled, Matcher.quoteReplacement("aria-" + labelled.group(1) + "=\"" + tokens + "\""));
            }
            labelled.appendTail(relabelled);
            body = relabelled.toString();
        }
        return body.strip();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
