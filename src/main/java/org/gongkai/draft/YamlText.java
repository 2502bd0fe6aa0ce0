package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link YamlMap} as block YAML the loader reads back exactly: every text is double-quoted
 * with its escapes (so 2022-12-31, no, 100% or a leading ＃ stay text, and nothing a document prints can
 * open a comment, a tag or a second document), numbers are written plain, and a figure's origin is the
 * comment at the end of its line.
 */
final class YamlText {

    private static final Pattern PLAIN_KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder();

    private YamlText() {
    }

    /** The document: the comment lines given (without their #), then the mapping. */
    static String of(List<String> headerComments, YamlMap map) {
        YamlText text = new YamlText();
        for (String line : headerComments) {
            text.out.append("# ").append(oneLine(line)).append('\n');
        }
        text.mapping(map, 0, false);
        return text.out.toString();
    }

    private void mapping(YamlMap map, int indent, boolean firstOnDashLine) {
        boolean first = true;
        for (YamlMap.Entry entry : map.entries()) {
            if (!(first && firstOnDashLine)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(key(entry.key())).append(':');
            value(entry.value(), indent, entry.comment());
        }
    }

    private void value(Object value, int indent, String comment) {
        if (value instanceof YamlMap map) {
            if (map.isEmpty()) {
                out.append(" {}");
                comment(comment);
                return;
            }
            comment(comment);
            mapping(map, indent + 2, false);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []");
                comment(comment);
                return;
            }
            comment(comment);
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append("- ");
                item(item, indent + 4);
            }
        } else {
            out.append(' ').append(scalar(value));
            comment(figureOrigin(value, comment));
        }
    }

    private void item(Object item, int indent) {
        if (item instanceof YamlMap map && !map.isEmpty()) {
            mapping(map, indent, true);
        } else if (item instanceof List<?> list && !list.isEmpty()) {
            // A list in a list: written in flow style, its items quoted as any scalar.
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
            }
            out.append("]\n");
        } else if (item instanceof YamlMap) {
            out.append("{}\n");
        } else {
            out.append(scalar(item));
            comment(figureOrigin(item, null));
        }
    }

    private static String figureOrigin(Object value, String comment) {
        return comment == null && value instanceof YamlMap.Figure figure ? figure.origin() : comment;
    }

    private void comment(String comment) {
        if (comment != null && !comment.isBlank()) {
            out.append("  # ").append(oneLine(comment));
        }
        out.append('\n');
    }

    private static String scalar(Object value) {
        if (value instanceof YamlMap.Figure figure) {
            return figure.value().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof YamlMap map) {
            // Only inside a list in a list (a header row's merged cell): a flow mapping.
            StringBuilder flow = new StringBuilder("{");
            for (YamlMap.Entry entry : map.entries()) {
                flow.append(flow.length() == 1 ? " " : ", ").append(key(entry.key())).append(": ").append(scalar(entry.value()));
            }
            return flow.append(map.isEmpty() ? "}" : " }").toString();
        }
        return quoted(String.valueOf(value));
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : quoted(key);
    }

    /** A double-quoted YAML scalar: backslash, quote, line breaks and tabs escaped. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0xfeff) {
                        // Refused by the loader wherever it is written: kept visible so check points at it.
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    /** A comment stays on its line: any line break or control character in it is shown as a space. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder();
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return line.toString();
    }
}
