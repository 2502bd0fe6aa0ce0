package org.gongkai.imports;

/** One block of a {@link SourceDocument}: a heading, a paragraph or a table. */
public sealed interface Block permits Heading, Paragraph, SourceTable {
}
