package org.gongkai.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 单位：万元 line printed above a table. */
final class UnitLine {

    private static final Pattern UNIT = Pattern.compile("(?:金额|计量)?单位\\s*[:：]\\s*(亿元|万元|千元|元)");

    private UnitLine() {
    }

    /** The unit text as printed ({@code 单位：万元}) in a line, or null. */
    static String find(String text) {
        Matcher matcher = UNIT.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    /** The unit a unit text names: 亿元, 万元, 千元 or 元. */
    static String unitOf(String unitLine) {
        Matcher matcher = UNIT.matcher(unitLine);
        return matcher.find() ? matcher.group(1) : null;
    }
}
