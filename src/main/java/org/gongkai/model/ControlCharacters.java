package org.gongkai.model;

/**
 * Invisible characters that no disclosure needs and that do harm where text goes: C0 controls other
 * than tab, line feed and carriage return (a NUL in a page, an ESC that clears a terminal, and neither
 * may appear in XML), DEL and the C1 controls, the line and paragraph separators U+2028 and U+2029,
 * the bidirectional embeddings, overrides and isolates (they reorder what a reader sees), U+FFFE and
 * U+FFFF, and a surrogate that is not half of a pair. The loader refuses them in content; messages
 * show any that reach a terminal as a backslash, "u" and four hex digits; and what is published (pages,
 * XML, JSON, the search index) is passed through {@link #remove}, since escaping does not remove them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isRefused(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0xFFFE || codePoint == 0xFFFF
                || codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint);
    }

    /** The index of the first refused character in {@code text}, or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isRefused(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** {@code text} without those characters; the same string when it has none (the usual case). */
    public static String remove(String text) {
        if (text == null) {
            return null;
        }
        int first = firstRefused(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!isRefused(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** "U+001B" */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * The text for one line of a terminal: every refused character written as a backslash, "u" and
     * its four hex digits, line breaks as backslash-n and backslash-r, so nothing in a message can move
     * the cursor, clear the screen or split the line.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            String replacement = codePoint == '\n' ? "\\n" : codePoint == '\r' ? "\\r"
                    : isRefused(codePoint) ? String.format("\\u%04X", codePoint) : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text, i, i + width);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
