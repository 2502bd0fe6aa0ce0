package org.gongkai.draft;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.imports.SourceCell;

/**
 * Reads figures from the cells of one source file: a number with where it came from, or, for a cell
 * that prints something else, nothing and a line in the list of cells that could not be read.
 */
final class SourceFigures {

    private final String fileName;
    private final List<UnreadCell> unread;

    SourceFigures(String fileName, List<UnreadCell> unread) {
        this.fileName = fileName;
        this.unread = unread;
    }

    String fileName() {
        return fileName;
    }

    /** {@code 来源：决算.xlsx 表3 第5行 第2列}. */
    String origin(SourceCell cell) {
        return "来源：" + fileName + " " + cell.origin().describe();
    }

    /** The cell's number for {@code field}; null for a blank cell, or one that prints no number (then listed). */
    YamlMap.Figure figure(SourceCell cell, String field) {
        if (cell == null || Labels.isBlank(cell.text())) {
            return null;
        }
        if (cell.number() == null) {
            unread.add(new UnreadCell(fileName + " " + cell.origin().describe(), cell.text(), field));
            return null;
        }
        return new YamlMap.Figure(cell.number(), origin(cell));
    }
}
