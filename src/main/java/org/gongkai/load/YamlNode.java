package org.gongkai.load;

import java.util.List;
import java.util.Map;
import org.gongkai.model.Position;

/** A YAML value with the place it was written; scalars keep the text exactly as written. */
sealed interface YamlNode {

    Position position();

    /** How the node is named in messages: 映射, 列表 or 文字. */
    String describe();

    /**
     * A scalar; {@code text} is null for YAML's null and for a quoted empty string alike (an empty value is
     * no value), but {@code emptyString} tells the second apart, for the one place where "" says something:
     * a column printed without a heading.
     */
    record Scalar(Position position, String text, boolean emptyString) implements YamlNode {

        Scalar(Position position, String text) {
            this(position, text, false);
        }

        @Override
        public String describe() {
            return text == null ? "空值（~ 或 null）" : "“" + abbreviate(text) + "”";
        }
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "列表";
        }
    }

    /** A mapping; entries keep the order in which they were written. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "映射（键: 值）";
        }
    }

    record Entry(Position keyPosition, YamlNode value) {
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
