package org.gongkai.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 单位：万元 line printed above a table (also 金额单位：, 计量单位：). */
public final class UnitLine {

    private static final Pattern UNIT = Pattern.compile("(?:金额|计量)?单位\\s*[:：]\\s*(亿元|万元|千元|元)");

    private UnitLine() {
    }

    /** The unit text as printed ({@code 单位：万元}) in a line, or null. */
    static String find(String text) {
        Matcher matcher = UNIT.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    /** Whether a whole line is a unit line and nothing else. */
    public static boolean isLine(String text) {
        return UNIT.matcher(text.strip()).matches();
    }

    /** The unit a unit text (or a line holding one) names: 亿元, 万元, 千元 or 元; null for none. */
    public static String unitOf(String unitLine) {
        Matcher matcher = UNIT.matcher(unitLine);
        return matcher.find() ? matcher.group(1) : null;
    }
}
