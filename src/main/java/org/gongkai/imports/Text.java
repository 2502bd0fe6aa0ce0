package org.gongkai.imports;

import java.util.regex.Pattern;

/**
 * Text as a block or a line of a cell keeps it: control characters dropped, a line break next to a
 * Chinese character dropped (one the source wraps its text with, as a web page's HTML or a PDF's lines
 * do: Chinese puts no space between words), other runs of white space (no-break and ideographic spaces
 * too) made one space. A table cell's own line breaks are kept or joined by {@link CellLines}.
 */
final class Text {

    private static final String CHINESE = "[\\p{IsHan}\\u3001-\\u303F\\uFF01-\\uFFEF]";
    private static final Pattern WRAPPED = Pattern.compile("(?<=" + CHINESE + ")[ \\t\\u00A0\\u3000]*[\\r\\n][\\s\\u00A0\\u3000]*"
            + "|[ \\t\\u00A0\\u3000]*[\\r\\n][\\s\\u00A0\\u3000]*(?=" + CHINESE + ")");

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u2002\\u2003\\u2009\\u200B\\uFEFF]+");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Text() {
    }

    static String clean(String text) {
        String kept = CONTROL.matcher(text).replaceAll("");
        return SPACE.matcher(WRAPPED.matcher(kept).replaceAll("")).replaceAll(" ").strip();
    }
}
