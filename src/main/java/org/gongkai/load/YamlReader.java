package org.gongkai.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.ControlCharacters;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree. Every scalar stays text (no dates, booleans or
 * floats are guessed); aliases, duplicate keys, files that are too large or too deep are refused.
 */
final class YamlReader {

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(Limits.MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(10);
        factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * The tree of a file's text, or empty with the reason added to {@code problems}. An empty file gives
     * an empty mapping; a second document (after "---") is refused, as it would not be read.
     */
    Optional<YamlNode> read(String text, String displayName, List<Diagnostic> problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser parser = factory.createParser(text)) {
            Builder builder = new Builder((YAMLParser) parser, displayName, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(new Position(displayName, 1, 1), Map.of()));
            }
            YamlNode root = builder.node(first, 0);
            if (root == null) {
                return Optional.empty();
            }
            JsonLocation end = parser.currentLocation();
            if (parser.nextToken() != null) {
                int line = documentStart(text, end.getLineNr(), parser.currentTokenLocation().getLineNr());
                problems.add(Diagnostic.error("yaml.second-document", new Position(displayName, line, 1), "",
                        "文件中有第二个 YAML 文档（以“---”分隔）：一个文件只能有一个文档，第二个文档不会被读取；"
                                + "请把它移到单独的文件，或删去这一行“---”"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            problems.add(syntaxError(e, displayName));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(unreadable(displayName));
            return Optional.empty();
        }
    }

    /** The line of the "---" that starts the document whose first value is on line {@code to}, looked for after line {@code from}. */
    private static int documentStart(String text, int from, int to) {
        String[] lines = text.split("\n", -1);
        for (int line = Math.max(from, 1); line <= Math.min(to, lines.length); line++) {
            if (lines[line - 1].startsWith("---")) {
                return line;
            }
        }
        return to;
    }

    static Diagnostic unreadable(String file) {
        return Diagnostic.error("file.unreadable", Position.ofFile(file), "",
                "无法读取文件：文件不存在、是失效的链接，或没有读取权限");
    }

    /**
     * Where the parser saw the problem (SnakeYAML's problem mark, not the end of the last good token)
     * and what it is, in words a clerk understands.
     */
    private static Diagnostic syntaxError(JacksonException e, String file) {
        Position position;
        String problem = "";
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            // An unclosed bracket or quote, or a key without its colon, is noticed a line later: point at where it began.
            String context = marked.getContext() == null ? "" : marked.getContext();
            boolean unclosed = marked.getContextMark() != null
                    && (context.contains("flow") || context.contains("quoted") || context.contains("simple key"));
            Mark mark = unclosed ? marked.getContextMark() : marked.getProblemMark();
            position = new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
            problem = marked.getProblem() == null ? "" : marked.getProblem();
        } else {
            JsonLocation at = e.getLocation();
            position = at == null ? Position.ofFile(file) : new Position(file, at.getLineNr(), at.getColumnNr());
        }
        return Diagnostic.error("yaml.syntax", position, "", "YAML 格式错误，无法解析：" + explain(problem));
    }

    private static String explain(String problem) {
        if (problem.contains("TAB") || problem.contains("\\t")) {
            return "不能用 Tab 键缩进，请改用空格";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "此处不应有“键: 值”：请检查上一行的缩进，或值中的冒号是否需要加引号";
        }
        if (problem.contains("could not find expected ':'")) {
            return "缺少冒号：键和值之间应写“: ”（冒号后有空格）";
        }
        if (problem.contains("did not find expected key") || problem.contains("expected <block end>")) {
            return "缩进不对齐：同一层的字段应对齐，列表项以“- ”开头";
        }
        if (problem.contains("end of stream") || problem.contains("did not find expected ','")
                || problem.contains("did not find expected ']'") || problem.contains("did not find expected '}'")) {
            return "引号或括号没有成对（文件在此处意外结束）";
        }
        if (problem.contains("unacceptable code point") || problem.contains("special characters")) {
            return "文件中有不可见的控制字符，请删除";
        }
        return "请检查缩进、冒号后的空格，以及引号和括号是否成对";
    }

    /** Builds nodes from the parser's token stream. */
    private static final class Builder {
        private final YAMLParser parser;
        private final String file;
        private final List<Diagnostic> problems;

        Builder(YAMLParser parser, String file, List<Diagnostic> problems) {
            this.parser = parser;
            this.file = file;
            this.problems = problems;
        }

        private Position here() {
            JsonLocation at = parser.currentTokenLocation();
            return new Position(file, at.getLineNr(), at.getColumnNr());
        }

        /** Returns null after adding a problem when the document must be refused. */
        YamlNode node(JsonToken token, int depth) throws IOException {
            Position position = here();
            if (depth > Limits.MAX_DEPTH) {
                problems.add(Diagnostic.error("yaml.too-deep", position, "",
                        "嵌套层级过深：应不超过 " + Limits.MAX_DEPTH + " 层"));
                return null;
            }
            if (parser.isCurrentAlias()) {
                problems.add(Diagnostic.error("yaml.alias", position, "",
                        "不支持 YAML 别名（*" + parser.getText() + "）：请把内容直接写出"));
                return null;
            }
            switch (token) {
                case START_OBJECT:
                    return mapping(position, depth);
                case START_ARRAY:
                    return sequence(position, depth);
                case VALUE_NULL:
                    return new YamlNode.Scalar(position, null);
                default:
                    String text = parser.getText();
                    refuseControlCharacters(text, position);
                    return new YamlNode.Scalar(position, text == null || text.isEmpty() ? null : text, text != null && text.isEmpty());
            }
        }

        /** Written as escapes ("\x1b", "\0") in a quoted value: the parser lets them through, gongkai does not. */
        private void refuseControlCharacters(String text, Position position) {
            int at = text == null ? -1 : ControlCharacters.firstRefused(text);
            if (at >= 0) {
                problems.add(Diagnostic.error("text.control-character", position, "",
                        "文字中有不可见的控制字符 " + ControlCharacters.name(text.codePointAt(at)) + "（第 "
                                + (text.codePointCount(0, at) + 1) + " 个字符）：控制字符不能发布，请删除"));
            }
        }

        private YamlNode mapping(Position position, int depth) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                Position keyPosition = here();
                String key = parser.currentName();
                refuseControlCharacters(key, keyPosition);
                YamlNode value = node(parser.nextToken(), depth + 1);
                if (value == null) {
                    return null;
                }
                if (entries.containsKey(key)) {
                    problems.add(Diagnostic.error("yaml.duplicate-key", keyPosition, key,
                            "键重复：“" + key + "”已在第 " + entries.get(key).keyPosition().line() + " 行出现"));
                    continue;
                }
                entries.put(key, new YamlNode.Entry(keyPosition, value));
            }
            return new YamlNode.Mapping(position, entries);
        }

        private YamlNode sequence(Position position, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                YamlNode item = node(token, depth + 1);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new YamlNode.Sequence(position, items);
        }
    }
}
