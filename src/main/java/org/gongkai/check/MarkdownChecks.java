package org.gongkai.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Explanations;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Position;
import org.gongkai.model.Report;

/**
 * Markdown that would take the renderer down: quotes, lists, emphasis and links nested inside one
 * another more than {@link #MAX_DEPTH} levels (counted together), or lines longer than
 * {@link #MAX_LINE} characters. No narrative needs them, and the Markdown library recurses once per
 * level (a 2 KB file of {@code >>>>…} overflows its stack). The nesting is read from the text by a
 * scanner that never recurses and counts generously, so what passes here is never deeper when the
 * library parses it: every quote and list marker and two columns of indentation count a level, every
 * "[" still open counts one, and emphasis counts one a delimiter character, matched as the nearest
 * opener that could take it.
 *
 * <p>This is the one bound: the renderer refuses what {@link #refusal} finds, with the same message.
 */
public final class MarkdownChecks {

    static final int MAX_DEPTH = 32;
    static final int MAX_LINE = 10_000;
    private static final String TOO_DEEP = "Markdown 嵌套过深（引用“>”、列表、强调、链接层层套叠）：应不超过 " + MAX_DEPTH
            + " 层，此处已超过";

    private MarkdownChecks() {
    }

    /** The report's narrative, its section files, and the Markdown fields of a 决算's explanations. */
    static void check(Report report, List<Diagnostic> findings) {
        String base = report.header().file().replaceFirst("\\.yaml$", "");
        text(report.header().narrative(), base + ".md", null, "", findings);
        Map<String, String> sections = report.header().sections();
        if (sections != null) {
            sections.forEach((section, text) -> text(text, base + "." + section + ".md", null, "", findings));
        }
        if (report instanceof FinalAccounts accounts && accounts.explanations() != null) {
            Explanations e = accounts.explanations();
            text(e.threePublicDetails(), null, e.origin().of("three-public-details"), "explanations.three-public-details", findings);
            text(e.performance(), null, e.origin().of("performance"), "explanations.performance", findings);
        }
        parts(report.parts(), "parts", findings);
    }

    /** The Markdown text of every part, nested ones too. */
    private static void parts(List<org.gongkai.model.Part> parts, String path, List<Diagnostic> findings) {
        for (int i = 0; i < parts.size(); i++) {
            org.gongkai.model.Part part = parts.get(i);
            text(part.text(), null, part.origin().of("text"), path + "[" + i + "].text", findings);
            parts(part.parts(), path + "[" + i + "].parts", findings);
        }
    }

    /**
     * Checks one text: a Markdown file (positions are its own lines and columns) or a YAML value
     * ({@code at} is where the value starts; the message names the line within it).
     */
    private static void text(String markdown, String file, Position at, String path, List<Diagnostic> findings) {
        if (markdown == null) {
            return;
        }
        for (Finding finding : scan(markdown)) {
            Position position = file != null ? new Position(file, finding.line(), finding.column()) : at;
            String where = file != null ? "" : "（此段文字的第 " + finding.line() + " 行）";
            findings.add(Diagnostic.error(finding.rule(), position, path, finding.message() + where));
        }
    }

    /**
     * The first place (by line, then column) where {@code markdown} passes a bound, if any. A text for
     * which this is empty renders.
     */
    public static Optional<Finding> refusal(String markdown) {
        Finding first = null;
        for (Finding finding : scan(markdown)) {
            first = earlier(first, finding);
        }
        return Optional.ofNullable(first);
    }

    /** What the scanner found, with its line and column (1-based) in the Markdown text. */
    public record Finding(String rule, int line, int column, String message) {

        boolean before(Finding other) {
            return other == null || line < other.line || line == other.line && column < other.column;
        }
    }

    /** The first place nested too deep and the first line too long, if any. */
    static List<Finding> scan(String markdown) {
        Finding tooLong = null;
        Finding tooDeep = null;
        Paragraph paragraph = new Paragraph();
        boolean fenced = false;
        String[] lines = markdown.split("\r?\n|\r", -1);
        for (int l = 0; l < lines.length && (tooDeep == null || tooLong == null); l++) {
            String line = lines[l];
            if (tooLong == null && line.length() > MAX_LINE) {
                tooLong = new Finding("markdown.line-length", l + 1, MAX_LINE + 1,
                        "这一行过长：应不超过 " + MAX_LINE + " 个字符，实际为 " + line.length() + " 个");
            }
            int[] prefix = containers(line);
            if (prefix[2] > 0) {
                tooDeep = earlier(tooDeep, new Finding("markdown.depth", l + 1, prefix[2], TOO_DEEP));
            }
            String content = line.substring(prefix[1]);
            if (line.isBlank()) {
                tooDeep = earlier(tooDeep, paragraph.end());
            } else if (fence(content)) {
                fenced = !fenced;
                paragraph.brackets(content, l + 1, prefix[1]);
            } else if (fenced) {
                // Code is not parsed as Markdown, but its brackets count all the same: should this reading
                // of fences differ from the parser's, they still cannot go deep.
                paragraph.brackets(content, l + 1, prefix[1]);
            } else {
                paragraph.line(content, l + 1, prefix[1], prefix[0]);
            }
        }
        tooDeep = earlier(tooDeep, paragraph.end());
        List<Finding> found = new ArrayList<>();
        if (tooDeep != null) {
            found.add(tooDeep);
        }
        if (tooLong != null) {
            found.add(tooLong);
        }
        return found;
    }

    /** A line that opens or closes fenced code: three backticks (and none after them) or three tildes. */
    private static boolean fence(String content) {
        return content.startsWith("~~~") || content.startsWith("```") && content.replaceFirst("^`+", "").indexOf('`') < 0;
    }

    private static Finding earlier(Finding first, Finding second) {
        return second != null && second.before(first) ? second : first;
    }

    /**
     * The containers a line opens or continues: "&gt;" and list markers ("-", "+", "*", "1.", "1)")
     * one after another, and its indentation (two columns a level, as nested lists are indented).
     * Returns {levels, where the content starts, the column (1-based) of the marker past the limit or 0}.
     */
    private static int[] containers(String line) {
        int indent = 0;
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            indent += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        int depth = indent / 2;
        int past = 0;
        int content = i;
        while (i < line.length()) {
            int marker = markerLength(line, i);
            if (marker == 0) {
                break;
            }
            depth++;
            if (depth > MAX_DEPTH && past == 0) {
                past = i + 1;
            }
            i += marker;
            content = i;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return new int[] {depth, content, past};
    }

    /** The length of the container marker at {@code i} ("&gt;", "-", "12."), or 0 when there is none. */
    private static int markerLength(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') {
            return 1;
        }
        int end = i;
        if (c == '-' || c == '+' || c == '*') {
            end = i + 1;
        } else {
            while (end < line.length() && end - i < 9 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            if (end == i || end >= line.length() || line.charAt(end) != '.' && line.charAt(end) != ')') {
                return 0;
            }
            end++;
        }
        return end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t' ? end - i : 0;
    }

    /**
     * One paragraph (lines up to a blank one, so a quote's "&gt;" alone joins the paragraphs around it,
     * which only counts more): the deepest container any of its lines is in, and its
     * delimiter runs. Emphasis runs ("*", "_") that can close are matched with the nearest open ones of
     * their kind; a "[" counts from where it is until a "]" closes it, or to the paragraph's end. The
     * depth at a place is the containers' plus the matched emphasis characters and open brackets around it.
     */
    private static final class Paragraph {
        /** A delimiter run: its kind ('*', '_', '['), where it is, and how many of its characters open and close. */
        private static final class Run {
            final char kind;
            final int line;
            final int column;
            int open;
            int close;
            int unmatched;

            Run(char kind, int line, int column, int length) {
                this.kind = kind;
                this.line = line;
                this.column = column;
                this.unmatched = length;
            }
        }

        private final List<Run> runs = new ArrayList<>();
        private final Map<Character, Deque<Run>> openers = Map.of('*', new ArrayDeque<>(), '_', new ArrayDeque<>(),
                '[', new ArrayDeque<>());
        private int containers;

        /** Only the brackets of a line: a fenced code line, whose brackets the renderer counts all the same. */
        void brackets(String content, int line, int offset) {
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[' || c == ']') {
                    bracket(c, line, offset + i + 1);
                }
            }
        }

        private void bracket(char c, int line, int column) {
            if (c == '[') {
                Run run = new Run('[', line, column, 1);
                run.open = 1;
                openers.get('[').push(run);
                runs.add(run);
            } else if (!openers.get('[').isEmpty()) {
                openers.get('[').pop();
                Run run = new Run(']', line, column, 1);
                run.close = 1;
                runs.add(run);
            }
        }

        void line(String content, int line, int offset, int depth) {
            containers = Math.max(containers, depth);
            int i = 0;
            while (i < content.length()) {
                char c = content.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '*' || c == '_') {
                    int end = i;
                    while (end < content.length() && content.charAt(end) == c) {
                        end++;
                    }
                    int before = i == 0 ? ' ' : content.charAt(i - 1);
                    int after = end == content.length() ? ' ' : content.charAt(end);
                    boolean left = !Character.isWhitespace(after)
                            && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
                    boolean right = !Character.isWhitespace(before)
                            && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
                    emphasis(c, line, offset + i + 1, end - i, left, right);
                    i = end;
                } else if (c == '[' || c == ']') {
                    bracket(c, line, offset + i + 1);
                    i++;
                } else {
                    i++;
                }
            }
        }

        private void emphasis(char kind, int line, int column, int length, boolean canOpen, boolean canClose) {
            Run run = new Run(kind, line, column, length);
            Deque<Run> open = openers.get(kind);
            while (canClose && run.unmatched > 0 && !open.isEmpty()) {
                Run opener = open.peek();
                int matched = Math.min(opener.unmatched, run.unmatched);
                opener.unmatched -= matched;
                opener.open += matched;
                run.unmatched -= matched;
                run.close += matched;
                if (opener.unmatched == 0) {
                    open.pop();
                }
            }
            if (canOpen && run.unmatched > 0) {
                open.push(run);
            }
            runs.add(run);
        }

        /** The first place past the limit in the paragraph just ended, or null; then starts the next. */
        Finding end() {
            Finding found = null;
            int depth = containers;
            for (Run run : runs) {
                depth -= run.close;
                if (found == null && depth + run.open > MAX_DEPTH) {
                    // The run's characters close first, then open one level each: the first past the limit.
                    found = new Finding("markdown.depth", run.line, run.column + run.close + Math.max(0, MAX_DEPTH - depth),
                            TOO_DEEP);
                }
                depth += run.open;
            }
            runs.clear();
            openers.values().forEach(Deque::clear);
            containers = 0;
            return found;
        }

        private static boolean isPunctuation(int c) {
            int type = Character.getType(c);
            return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
                    || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
        }
    }
}
