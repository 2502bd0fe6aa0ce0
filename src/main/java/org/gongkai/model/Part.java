package org.gongkai.model;

import java.util.List;

/**
 * A part of the document in its order, under its heading as printed: its own Markdown text, a
 * section of the generated 决算说明, the tables it places (by id), and nested parts.
 */
public record Part(
        @Required String heading,
        String text,
        String generated,
        List<String> tables,
        List<Part> parts,
        Origin origin) {

    /** A list written as something else (the binder said so) is read as none. */
    public Part {
        tables = tables == null ? List.of() : tables;
        parts = parts == null ? List.of() : parts;
    }
}
