package org.gongkai.imports;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The narrative of an imported document as gongkai Markdown. The whole API:
 * <pre>{@code
 * String markdown = NarrativeMarkdown.of(document);        // every block of a SourceDocument
 * String markdown = NarrativeMarkdown.of(someBlocks);      // or the blocks of one section
 * }</pre>
 * Tables are left out (they are imported as tables). A {@link Heading} becomes an ATX heading, the
 * shallowest level among the blocks becoming {@code ##} (the report's title is the page's h1) and the
 * others following it, at most {@code ######}; its text, Chinese numbering included ({@code 一、},
 * {@code （一）}, {@code 1.}), is kept as printed. A {@link Paragraph} becomes a paragraph. A run of
 * paragraphs printed {@code 1. …}, {@code 2. …}, … in order from 1 becomes an ordered list, whose
 * numbers are then the printed ones. The blocks go through flexmark-java's HTML-to-Markdown converter;
 * what it leaves meaning something in Markdown (underscores, {@code #}, {@code -}, {@code 1.} or
 * {@code >} at a line's start, a heading's closing {@code #}) is escaped too, so every character shows
 * as printed and no raw HTML gets through. A paragraph longer than {@link #LINE} characters is broken
 * into lines after a 。 (a soft break), within gongkai's Markdown checks. The result ends with one
 * newline, or is empty when there is no narrative.
 */
public final class NarrativeMarkdown {

    /** Well within check/MarkdownChecks' 10 000-character line bound. */
    static final int LINE = 4_000;

    private static final Pattern LIST_ITEM = Pattern.compile("([1-9]\\d{0,2})\\.\\s+(\\S.*)");
    private static final Pattern MARKER = Pattern.compile("(\\d{1,9})([.)])(?=\\s|$)|[#>=+*-]");
    private static final FlexmarkHtmlConverter CONVERTER = converter();

    private NarrativeMarkdown() {
    }

    /** The narrative of the whole document. */
    public static String of(SourceDocument document) {
        return of(document.blocks());
    }

    /** The narrative of these blocks, in order. */
    public static String of(List<? extends Block> blocks) {
        int top = blocks.stream().filter(Heading.class::isInstance).mapToInt(block -> ((Heading) block).level())
                .min().orElse(2);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading heading && !heading.text().isBlank()) {
                parts.add(heading(Math.min(6, heading.level() - top + 2), heading.text()));
            } else if (block instanceof Paragraph paragraph && !paragraph.text().isBlank()) {
                int end = listEnd(blocks, i);
                if (end > i + 1) {
                    parts.add(list(blocks.subList(i, end)));
                    i = end - 1;
                } else {
                    parts.add(paragraph(paragraph.text()));
                }
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    private static String heading(int level, String text) {
        String markdown = convert(new Element("h" + level).text(text)).replaceAll("\\s*\\n\\s*", " ");
        String content = escapeInline(markdown.replaceFirst("^#{1,6}\\s+", ""));
        return "#".repeat(level) + " " + (content.endsWith("#") ? content.substring(0, content.length() - 1) + "\\#" : content);
    }

    private static String paragraph(String text) {
        String markdown = escapeInline(convert(new Element("p").text(text)).replaceAll("\\s*\\n\\s*", " "));
        List<String> lines = new ArrayList<>();
        for (String line : breakLong(markdown)) {
            lines.add(escapeStart(line));
        }
        return String.join("\n", lines);
    }

    /** Where the ordered list starting at {@code from} ends (exclusive): paragraphs numbered 1, 2, 3… */
    private static int listEnd(List<? extends Block> blocks, int from) {
        int end = from;
        while (end < blocks.size() && blocks.get(end) instanceof Paragraph paragraph) {
            Matcher item = LIST_ITEM.matcher(paragraph.text());
            if (!item.matches() || Integer.parseInt(item.group(1)) != end - from + 1
                    || paragraph.text().length() > LINE) {
                break;
            }
            end++;
        }
        return end;
    }

    private static String list(List<? extends Block> items) {
        Element ol = new Element("ol");
        for (Block block : items) {
            Matcher item = LIST_ITEM.matcher(((Paragraph) block).text());
            item.matches();
            ol.appendElement("li").text(item.group(2));
        }
        List<String> lines = new ArrayList<>();
        for (String line : convert(ol).split("\n")) {
            int content = line.indexOf(". ") + 2;
            lines.add(line.substring(0, content) + escapeStart(escapeInline(line.substring(content))));
        }
        return String.join("\n", lines);
    }

    private static String convert(Element element) {
        return CONVERTER.convert(element.outerHtml()).strip();
    }

    /** Escapes the underscores flexmark leaves (it escapes * ` [ < | ~ \ and entities itself). */
    private static String escapeInline(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean escaped = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '_' && !escaped) {
                out.append('\\');
            }
            out.append(c);
            escaped = c == '\\' && !escaped;
        }
        return out.toString();
    }

    /** Escapes what would start a heading, quote, list, thematic break or setext underline. */
    private static String escapeStart(String line) {
        Matcher marker = MARKER.matcher(line);
        if (!marker.lookingAt()) {
            return line;
        }
        if (marker.group(1) != null) {
            return marker.group(1) + "\\" + line.substring(marker.group(1).length());
        }
        return "\\" + line;
    }

    /** A long paragraph as lines of at most {@link #LINE} characters, broken after a 。 where there is one. */
    private static List<String> breakLong(String markdown) {
        List<String> lines = new ArrayList<>();
        String rest = markdown;
        int most = LINE - 1; // room for the escape a line's start may need
        while (rest.length() > most) {
            int cut = rest.lastIndexOf('。', most - 1) + 1;
            if (cut <= 0) {
                cut = most;
            }
            // Never cut inside an escape or a surrogate pair, nor leave a line starting with a space.
            while (cut > 1 && (rest.charAt(cut - 1) == '\\' || Character.isHighSurrogate(rest.charAt(cut - 1)))) {
                cut--;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private static FlexmarkHtmlConverter converter() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        return FlexmarkHtmlConverter.builder(options).build();
    }
}
