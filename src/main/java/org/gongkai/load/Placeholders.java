package org.gongkai.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Diagnostic;

/**
 * The text {@code gongkai new} puts where the clerk must write something: "（请填写…）". Left in a file,
 * it would be published as if it were the data, so each one is an error at its line and column.
 */
public final class Placeholders {

    /** "（请填写省）", "（请填写三级指标名称）": what every scaffold placeholder looks like. */
    public static final Pattern PLACEHOLDER = Pattern.compile("[（(]请填写[^（）()\\n]{0,40}[）)]");

    private Placeholders() {
    }

    /** Adds an error for every scalar of {@code tree} that still holds a placeholder. */
    static void find(YamlNode tree, List<Diagnostic> problems) {
        if (tree instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            Matcher placeholder = PLACEHOLDER.matcher(scalar.text());
            if (placeholder.find()) {
                problems.add(Diagnostic.error("content.placeholder", scalar.position(), "",
                        "此处仍是 gongkai new 留下的占位文字“" + placeholder.group() + "”：请填写实际内容"));
            }
        } else if (tree instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> find(item, problems));
        } else if (tree instanceof YamlNode.Mapping mapping) {
            mapping.entries().values().forEach(entry -> find(entry.value(), problems));
        }
    }
}
