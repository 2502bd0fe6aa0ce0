package org.gongkai.imports.documents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample site's content (content/units/…), transcribed from the seeds: figures read exactly as
 * written (54.60 stays 54.60), narrative Markdown read back into the headings and paragraphs it prints.
 */
final class SampleContent {

    /** A heading (level 1–3, the Markdown's ## to ####) or a paragraph (level 0) of a narrative. */
    record Line(int level, String text) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final Path root;

    SampleContent(Path root) {
        this.root = root;
    }

    JsonNode yaml(String file) throws IOException {
        return YAML.readTree(root.resolve(file).toFile());
    }

    /** A scalar as written in the YAML: a number with its scale, text as is, null when absent. */
    static String printed(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    static BigDecimal amount(JsonNode node) {
        String printed = printed(node);
        return printed == null ? null : new BigDecimal(printed);
    }

    /**
     * The narrative of a Markdown file: {@code ##}/{@code ###}/{@code ####} headings as levels 1–3, every
     * other non-blank line a paragraph. A Markdown list item {@code 1. text} is written back as the seeds
     * print it ({@code 1.text}), an escaped {@code 1\.} as {@code 1.}.
     */
    List<Line> narrative(String file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve(file))) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int level = 0;
            while (level < text.length() && text.charAt(level) == '#') {
                level++;
            }
            if (level >= 2 && level <= 4 && text.length() > level && text.charAt(level) == ' ') {
                lines.add(new Line(level - 1, text.substring(level + 1).strip()));
            } else {
                lines.add(new Line(0, text.replaceFirst("^(\\d+)\\\\?\\.\\s+", "$1.")));
            }
        }
        return lines;
    }
}
