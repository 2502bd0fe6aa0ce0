package org.gongkai.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The header a government site prints above an article (索引号, 发布机构, 发布日期…), in any of its
 * usual shapes: a table of label and value cells, a list of spans, or one line of several labels.
 */
final class CmsMetadata {

    private static final String LABELS = "信息索引号|索引号|发布机构|发文机关|发布日期|发布时间|成文日期|生效日期|发文字号|文号"
            + "|主题分类|公开方式|公开范围|公开时限|信息来源|来源";
    private static final Pattern FIELD = Pattern.compile(
            "(?<!\\p{IsHan})(" + LABELS + ")\\s*[:：]\\s*(.*?)\\s*(?=\\t|\\s{2,}|\\u3000|【|(?<!\\p{IsHan})(?:" + LABELS + ")\\s*[:：]|$)");
    private static final Pattern ANY_LABEL = Pattern.compile("(?<!\\p{IsHan})(?:" + LABELS + ")\\s*[:：]");
    private static final Set<String> CELLS = Set.of("td", "th", "dt", "dd");
    private static final int HEADER_MAX_CHARS = 400;

    private CmsMetadata() {
    }

    /** The header's fields in page order, the first of each label; the page's {@code <title>} as 网页标题. */
    static Map<String, String> read(Element page, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!title.isBlank()) {
            fields.put("网页标题", Text.clean(title));
        }
        for (String line : lines(page).split("\n")) {
            if (line.length() > HEADER_MAX_CHARS) {
                continue;
            }
            Matcher field = FIELD.matcher(line);
            while (field.find()) {
                String value = Text.clean(field.group(2));
                if (!value.isEmpty()) {
                    fields.putIfAbsent(field.group(1), value);
                }
            }
        }
        return fields;
    }

    /** Whether an element is that header (a short block of such fields), so the article leaves it out. */
    static boolean isHeader(Element element) {
        String text = boundedText(element);
        if (text == null) {
            return false;
        }
        Matcher label = ANY_LABEL.matcher(text);
        int count = 0;
        boolean atStart = false;
        while (label.find()) {
            atStart |= label.start() == 0;
            count++;
        }
        return count >= 2 || atStart;
    }

    /** The page's text, a line per block and a tab between cells, so a label and its value stay together. */
    private static String lines(Element page) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    out.append(separator(element));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    out.append(separator(element));
                }
            }
        }, page);
        return out.toString();
    }

    private static String separator(Element element) {
        if (CELLS.contains(element.normalName())) {
            return "\t";
        }
        return element.isBlock() || element.normalName().equals("br") ? "\n" : "";
    }

    /** The element's text, or null once it passes {@link #HEADER_MAX_CHARS}: an article is no header. */
    private static String boundedText(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text()).append(' ');
                }
                return out.length() > HEADER_MAX_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return out.length() > HEADER_MAX_CHARS ? null : Text.clean(out.toString());
    }
}
