package org.gongkai.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, one per table: at most 31 characters, none of {@code : \ / ? * [ ]}, not
 * starting or ending with an apostrophe, not "History" (Excel keeps it for itself), and no two alike
 * (Excel compares them without case). A caption that breaks a rule is mended, not refused: the
 * character is replaced, the name cut, a second "表1" numbered.
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    /** A valid name for a sheet showing the table captioned {@code caption}, unlike every name given before. */
    String next(String caption) {
        String name = clean(caption);
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            name = "表" + (used.size() + 1);
        }
        String candidate = cut(name, MAX);
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            candidate = cut(name, MAX - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String clean(String caption) {
        StringBuilder out = new StringBuilder(caption.length());
        caption.codePoints().forEach(c -> {
            if (":\\/?*[]".indexOf(c) >= 0) {
                out.append('_');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String name = out.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.strip();
    }

    /** The first {@code max} UTF-16 units (as Excel counts), not splitting a surrogate pair, with no apostrophe or space at the end. */
    private static String cut(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max;
        String cut = name.substring(0, end).strip();
        while (cut.endsWith("'")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
