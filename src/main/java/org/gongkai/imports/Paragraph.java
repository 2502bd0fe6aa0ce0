package org.gongkai.imports;

/** A paragraph of running text, whitespace collapsed. */
public record Paragraph(String text) implements Block {
}
