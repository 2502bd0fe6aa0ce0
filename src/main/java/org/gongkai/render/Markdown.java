package org.gongkai.render;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gongkai.model.Position;

/**
 * Narrative Markdown to HTML. Raw HTML in the Markdown is escaped (shown as text, never run) and
 * link targets are sanitised, so a narrative cannot bring a script onto the site. Parser and
 * renderer are immutable and shared.
 *
 * <p>commonmark parses and renders nested blocks and inlines recursively, so Markdown nested a few
 * thousand deep (a 2 KB file of {@code >}) overflows the stack. Nesting is bounded to
 * {@value #MAX_NESTING} levels and lines to {@value #MAX_LINE} characters: {@link #problem} tells
 * {@code check} where a text passes a bound, and {@link #toHtml} refuses such a text with the same
 * message instead of overflowing.
 */
public final class Markdown {

    /** Quotes, list items, emphasis and links inside one another, counted together. */
    public static final int MAX_NESTING = 32;
    public static final int MAX_LINE = 10_000;

    private static final Parser PARSER = Parser.builder().extensions(NarrativeTables.EXTENSIONS).build();
    private static final Parser LOCATING = Parser.builder().extensions(NarrativeTables.EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final String TOO_DEEP = "Markdown 嵌套超过 " + MAX_NESTING + " 层（引用“>”、列表、强调、链接层层套叠）：请减少层级";
    private static final String BRACKETS = "Markdown 方括号“[”在一段之内未闭合或嵌套超过 " + MAX_NESTING
            + " 层：请闭合或减少层级（要显示方括号本身，写作“\\[”）";

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(NarrativeTables.EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    /**
     * Where a Markdown text passes a bound, in Chinese.
     *
     * @param line 1-based, counted in the Markdown text (for Markdown inside a YAML value, from the value's first line)
     * @param column 1-based, in characters
     */
    public record Problem(int line, int column, String message) {
    }

    /**
     * The first place where {@code markdown} passes a bound, if any: a line longer than
     * {@value #MAX_LINE} characters, or nesting deeper than {@value #MAX_NESTING} levels. Every text for
     * which this is empty renders.
     */
    public static Optional<Problem> problem(String markdown) {
        if (markdown == null) {
            return Optional.empty();
        }
        Optional<Problem> before = beforeParsing(markdown);
        if (before.isPresent()) {
            return before;
        }
        try {
            return located(markdown);
        } catch (StackOverflowError tooDeep) {
            return Optional.of(overflowing(markdown));
        }
    }

    /** The HTML of a narrative; a text {@link #problem} finds fault with is a {@link RenderException} with that fault. */
    public String toHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        if (beforeParsing(markdown).isEmpty()) {
            try {
                Node document = PARSER.parse(markdown);
                if (tooDeep(document).isEmpty()) {
                    return renderer.render(document);
                }
            } catch (StackOverflowError tooDeep) {
                // Placed below by problem(), which parses again with source positions.
            }
        }
        Problem problem = problem(markdown).orElse(new Problem(1, 1, TOO_DEEP));
        throw new RenderException(new Position("Markdown", problem.line(), problem.column()), problem.message(), null);
    }

    /**
     * A line longer than the bound, or square brackets open more than {@value #MAX_NESTING} deep within a
     * paragraph: commonmark's time for nested links and images grows with the square of their depth, so
     * they are bounded before parsing.
     */
    private static Optional<Problem> beforeParsing(String markdown) {
        int line = 1;
        int column = 0;
        boolean blank = true;
        int brackets = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                    i++;
                }
                if (blank) {
                    brackets = 0;
                }
                line++;
                column = 0;
                blank = true;
                continue;
            }
            if (++column > MAX_LINE) {
                int length = column;
                while (i + 1 < markdown.length() && markdown.charAt(i + 1) != '\n' && markdown.charAt(i + 1) != '\r') {
                    i++;
                    length++;
                }
                return Optional.of(new Problem(line, MAX_LINE + 1, "这一行有 " + length + " 个字符，超过 " + MAX_LINE
                        + " 个：请分成几段（段与段之间空一行）"));
            }
            blank &= Character.isWhitespace(c);
            if (c == '\\' && i + 1 < markdown.length() && markdown.charAt(i + 1) != '\n' && markdown.charAt(i + 1) != '\r') {
                i++;
                column++;
            } else if (c == '[' && ++brackets > MAX_NESTING) {
                return Optional.of(new Problem(line, column, BRACKETS));
            } else if (c == ']' && brackets > 0) {
                brackets--;
            }
        }
        return Optional.empty();
    }

    /**
     * The first node nested deeper than the bound, walked without recursion. A level is a node that holds
     * others, except the document, a list (its items count) and a paragraph or heading (their text does).
     */
    private static Optional<Node> tooDeep(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(document);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int level = levels.pop();
            if (node.getFirstChild() != null && !(node instanceof Document || node instanceof ListBlock
                    || node instanceof Paragraph || node instanceof Heading)) {
                level++;
                if (level > MAX_NESTING) {
                    return Optional.of(node);
                }
            }
            // Children pushed last to first, so the first found is the first in the text.
            Node child = node.getLastChild();
            while (child != null) {
                nodes.push(child);
                levels.push(level);
                child = child.getPrevious();
            }
        }
        return Optional.empty();
    }

    /**
     * Where a text too deep for the parser itself lies: in the first of its blank-line-separated parts that
     * overflows or is too deep on its own, else at its start.
     */
    private static Problem overflowing(String markdown) {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (i > start) {
                    Optional<Problem> part;
                    try {
                        part = located(String.join("\n", Arrays.asList(lines).subList(start, i)));
                    } catch (StackOverflowError tooDeep) {
                        part = Optional.of(new Problem(1, 1, TOO_DEEP));
                    }
                    if (part.isPresent()) {
                        return new Problem(start + part.get().line(), part.get().column(), TOO_DEEP);
                    }
                }
                start = i + 1;
            }
        }
        return new Problem(1, 1, TOO_DEEP);
    }

    /** The first node too deep, placed by its source position (the parser may overflow on the way). */
    private static Optional<Problem> located(String markdown) {
        return tooDeep(LOCATING.parse(markdown)).map(node -> {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? new Problem(1, 1, TOO_DEEP)
                    : new Problem(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1, TOO_DEEP);
        });
    }
}
