package org.gongkai.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published document as its file shows it: its blocks in order, nothing inferred.
 *
 * @param fileName the file's name (no folder), as the import names it in messages and source comments
 * @param format what the file was read as
 * @param metadata what the document states about itself outside its text, in order (a web page's
 *     索引号, 发布机构, 发布日期…; its {@code <title>} as 网页标题); empty when it states nothing
 * @param blocks headings, paragraphs and tables in document order
 * @param notices what the reader could not keep, for the clerk (a PDF's tables, hidden sheets…)
 */
public record SourceDocument(String fileName, SourceFormat format, Map<String, String> metadata,
        List<Block> blocks, List<String> notices) {

    public SourceDocument {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        blocks = List.copyOf(blocks);
        notices = List.copyOf(notices);
    }

    /** The document's tables in order. */
    public List<SourceTable> tables() {
        return blocks.stream().filter(SourceTable.class::isInstance).map(SourceTable.class::cast).toList();
    }
}
