package org.gongkai.imports;

/** A heading the source marks as one (Word's 标题 1–6 styles, HTML's h1–h6), level 1 to 6. */
public record Heading(int level, String text) implements Block {
}
