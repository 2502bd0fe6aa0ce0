package org.gongkai.imports;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a page saved from a government site: the container the usual CMSs (TRS, 大汉,
 * 海云…) give it, else the deepest element that holds most of the page's text outside links; and its
 * title, which such pages print above that container.
 */
final class CmsArticle {

    private static final List<String> CONTAINERS = List.of(".TRS_Editor", "#zoom", ".zoom", "#UCAP-CONTENT",
            ".article-content", ".article_content", ".art_con", ".news_content", ".content_text", "#content",
            ".xxgk_content", "article", ".article", ".detail", ".content");
    private static final Set<String> NOISE = Set.of("nav", "navbar", "menu", "header", "footer", "foot",
            "breadcrumb", "crumb", "position", "location", "share", "sidebar", "copyright", "banner", "toolbar",
            "search", "login", "friendlink", "bottom");
    private static final double MOST = 0.7;

    private CmsArticle() {
    }

    /** Removes the page's navigation, header and footer, then returns the article's container. */
    static Element find(Document page) {
        page.select("script, style, noscript, template, iframe, nav, header, footer, aside").remove();
        int total = page.body().text().length();
        for (Element element : page.body().select("[class], [id]")) {
            if (isNoise(element) && element.selectFirst("table") == null && element.text().length() * 10 < total * 3) {
                element.remove();
            }
        }
        for (String selector : CONTAINERS) {
            Elements found = page.body().select(selector);
            Element longest = null;
            for (Element element : found) {
                if (longest == null || element.text().length() > longest.text().length()) {
                    longest = element;
                }
            }
            if (longest != null && longest.text().length() >= 20) {
                return longest;
            }
        }
        return densest(page.body());
    }

    /** The page's title above the article when the article has no h1 of its own. */
    static String title(Document page, Element article) {
        if (article.selectFirst("h1") != null) {
            return null;
        }
        for (Element heading : page.body().select("h1, .title, .article-title, #title, .art_title, .news_title")) {
            if (heading.parents().contains(article)) {
                return null;
            }
            String text = Text.clean(heading.text());
            if (!text.isEmpty() && !CmsMetadata.isHeader(heading) && heading.selectFirst("a") == null) {
                return text;
            }
        }
        return null;
    }

    private static boolean isNoise(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("[^a-z0-9]+")) {
            if (NOISE.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest element holding most of the text outside links; never inside a table, which is read whole. */
    private static Element densest(Element body) {
        Map<Node, Integer> ownText = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int length = node instanceof TextNode text ? (insideLink(text) ? 0 : text.text().strip().length()) : 0;
                for (Node child : node.childNodes()) {
                    length += ownText.getOrDefault(child, 0);
                }
                ownText.put(node, length);
            }
        }, body);
        int all = ownText.getOrDefault(body, 0);
        Element best = body;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : best.children()) {
                if (!child.normalName().equals("table") && ownText.getOrDefault(child, 0) >= all * MOST) {
                    best = child;
                    deeper = true;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean insideLink(TextNode text) {
        for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
