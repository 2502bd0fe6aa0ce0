package org.gongkai.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Narrative Markdown to HTML. Raw HTML in the Markdown is escaped (shown as text, never run) and
 * link targets are sanitised, so a narrative cannot bring a script onto the site. Parser and
 * renderer are immutable and shared.
 */
public final class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String markdown) {
        return markdown == null ? null : renderer.render(parser.parse(markdown));
    }
}
