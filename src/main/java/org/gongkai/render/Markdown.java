package org.gongkai.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gongkai.check.MarkdownChecks;
import org.gongkai.model.Position;

/**
 * Narrative Markdown to HTML. Raw HTML in the Markdown is escaped (shown as text, never run) and
 * link targets are sanitised, so a narrative cannot bring a script onto the site. Parser and
 * renderer are immutable and shared.
 *
 * <p>commonmark parses and renders nested blocks and inlines recursively, so Markdown nested a few
 * thousand deep (a 2 KB file of {@code >}) overflows the stack. The bound is {@code check}'s
 * ({@link MarkdownChecks#refusal}): a text it refuses is refused here with the same message and place,
 * and a stack overflow all the same is a {@link RenderException}, never an error that escapes.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().extensions(NarrativeTables.EXTENSIONS).build();
    private static final String OVERFLOW = "Markdown 嵌套过深，无法生成页面：请减少引用“>”、列表、强调、链接的层层套叠";

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(NarrativeTables.EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    /** The HTML of a narrative; a text {@code check} refuses is a {@link RenderException} with check's finding. */
    public String toHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        MarkdownChecks.refusal(markdown).ifPresent(finding -> {
            throw new RenderException(new Position("Markdown", finding.line(), finding.column()), finding.message(), null);
        });
        try {
            return renderer.render(PARSER.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            throw new RenderException(new Position("Markdown", 1, 1), OVERFLOW, null);
        }
    }
}
