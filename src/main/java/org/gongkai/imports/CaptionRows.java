package org.gongkai.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a table's leading title rows from its headings: a row that prints one text across the table
 * (its title, its number) or only labels such as 公开01表, 编制单位：… and 单位：万元.
 */
final class CaptionRows {

    private static final Pattern LABEL = Pattern.compile(
            "公开\\s*\\d+\\s*表|附?表\\s*[0-9一二三四五六七八九十]+|(编制|填报|主管|预算)?(单位|部门)\\s*[:：].*|金额单位.*");

    record Split(List<String> captions, List<List<SourceCell>> rows) {
    }

    private CaptionRows() {
    }

    static Split split(List<String> captions, List<List<SourceCell>> rows) {
        List<String> found = new ArrayList<>(captions);
        int first = 0;
        if (width(rows) >= 2) {
            while (first < rows.size() - 1 && isCaption(rows.get(first))) {
                for (String text : texts(rows.get(first))) {
                    found.add(text);
                }
                first++;
            }
        }
        return new Split(found, rows.subList(first, rows.size()));
    }

    private static boolean isCaption(List<SourceCell> row) {
        if (row.stream().anyMatch(cell -> cell.rowspan() > 1)) {
            return false;
        }
        Set<String> texts = texts(row);
        return texts.size() <= 1 || texts.stream().allMatch(text -> LABEL.matcher(text).matches());
    }

    private static Set<String> texts(List<SourceCell> row) {
        Set<String> texts = new LinkedHashSet<>();
        for (SourceCell cell : row) {
            if (!cell.text().isBlank()) {
                texts.add(cell.text());
            }
        }
        return texts;
    }

    private static int width(List<List<SourceCell>> rows) {
        int width = 0;
        for (List<SourceCell> row : rows) {
            width = Math.max(width, row.stream().mapToInt(SourceCell::colspan).sum());
        }
        return width;
    }
}
