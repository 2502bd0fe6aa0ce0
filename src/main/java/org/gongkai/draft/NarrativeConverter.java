package org.gongkai.draft;

import java.util.List;
import org.gongkai.imports.Block;
import org.gongkai.imports.SourceDocument;

/**
 * Turns a document's narrative (its headings and paragraphs, tables taken out) into the report's
 * Markdown. {@link PlainNarrative} writes headings and paragraphs as plain Markdown; a converter that
 * keeps lists and emphasis (flexmark's HTML→Markdown) can take its place.
 */
public interface NarrativeConverter {

    /**
     * @param document the document the blocks come from
     * @param narrative its headings and paragraphs, in order
     * @return Markdown, or "" when there is no narrative
     */
    String markdown(SourceDocument document, List<Block> narrative);
}
