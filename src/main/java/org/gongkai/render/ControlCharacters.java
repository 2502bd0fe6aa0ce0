package org.gongkai.render;

/**
 * Characters that must never be published: C0 controls other than tab, line feed and carriage return
 * (illegal in XML, parse errors in HTML; {@code \u001b[2J} clears a terminal), DEL and the C1
 * controls, the non-characters U+FFFE and U+FFFF, and halves of surrogate pairs standing alone.
 * Escaping does not remove them, so every page and XML file is passed through here.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} without those characters; the same string when it has none (the usual case). */
    static String remove(String text) {
        if (text == null) {
            return null;
        }
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (!forbiddenAt(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbiddenAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbiddenAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
