package org.gongkai.render;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a rendered report page holds that is the site's and not the document's: the navigation, scripts
 * and forms, the 主要数字 summary, the download links, the audit banner and the ※ explanation. The Word
 * file, the PDF and the CMS article are the document alone, so each leaves these out.
 */
final class PageChrome {

    /** Elements that are never part of the document, by tag. */
    static final Set<String> TAGS = Set.of("nav", "script", "style", "noscript", "form", "button", "input", "select",
            "textarea", "template", "iframe", "object", "header", "footer");

    /** The same, and the site's own blocks, as one CSS selector. */
    static final String SELECTOR = String.join(",", TAGS) + ", .downloads, .result, .audit-banner, [data-explain]";

    private PageChrome() {
    }

    /** A chart's caption as the document's: its text without the site's download links. */
    static String captionText(Element figcaption) {
        Element caption = figcaption.clone();
        caption.select(SELECTOR).remove();
        return caption.text().strip();
    }

    static boolean isChrome(Element element) {
        return TAGS.contains(element.tagName()) || element.hasClass("downloads") || element.hasClass("result")
                || element.hasClass("audit-banner") || element.hasAttr("data-explain");
    }
}
