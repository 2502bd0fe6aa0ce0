package org.gongkai.draft;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;

/**
 * Headings as Markdown headings (the shallowest becomes {@code ##}: the page's own title is the report's), each
 * paragraph as a paragraph, with the characters Markdown would read as markup escaped so the text shows
 * as printed.
 */
public final class PlainNarrative implements NarrativeConverter {

    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    private static final Pattern LEADING = Pattern.compile("^(\\d+)([.)])|^([-+=>])");

    @Override
    public String markdown(SourceDocument document, List<Block> narrative) {
        StringBuilder out = new StringBuilder();
        int top = narrative.stream().filter(Heading.class::isInstance).mapToInt(block -> ((Heading) block).level()).min().orElse(1);
        for (Block block : narrative) {
            if (block instanceof Heading heading && !heading.text().isBlank()) {
                out.append("#".repeat(Math.min(6, heading.level() - top + 2))).append(' ').append(escaped(heading.text())).append("\n\n");
            } else if (block instanceof Paragraph paragraph && !paragraph.text().isBlank()) {
                out.append(escaped(paragraph.text())).append("\n\n");
            }
        }
        return out.toString().strip().isEmpty() ? "" : out.toString().stripTrailing() + "\n";
    }

    static String escaped(String text) {
        String escaped = MARKUP.matcher(text.strip()).replaceAll("\\\\$1");
        return LEADING.matcher(escaped).replaceFirst("$1\\\\$2$3");
    }
}
