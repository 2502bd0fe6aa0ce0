package org.gongkai.imports;

import java.util.regex.Pattern;

/**
 * Text as a block or cell keeps it: control characters dropped, runs of white space (no-break and
 * ideographic spaces too) made one space.
 */
final class Text {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u2002\\u2003\\u2009\\u200B\\uFEFF]+");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Text() {
    }

    static String clean(String text) {
        return SPACE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }
}
