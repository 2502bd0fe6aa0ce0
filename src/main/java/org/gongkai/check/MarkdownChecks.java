package org.gongkai.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Explanations;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Position;
import org.gongkai.model.Report;

/**
 * Markdown that would take the renderer down: quotes and lists nested deeper than {@link #MAX_DEPTH}
 * levels, emphasis or brackets nested as deep, and lines longer than {@link #MAX_LINE} characters.
 * No narrative needs them, and the Markdown library recurses once per level (a 2 KB file of
 * {@code >>>>…} overflows its stack). The nesting is read from the text by a scanner that never
 * recurses and counts generously: a delimiter that could open or close is counted as if it did, so
 * what passes here is never deeper when the library parses it.
 */
final class MarkdownChecks {

    static final int MAX_DEPTH = 32;
    static final int MAX_LINE = 10_000;

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

    /** What the scanner found: at most one finding of each kind, the first, with its line and column (1-based). */
    record Finding(String rule, int line, int column, String message) {
    }

    static List<Finding> scan(String markdown) {
        List<Finding> found = new ArrayList<>();
        Finding tooLong = null;
        Finding tooDeep = null;
        Inline inline = new Inline();
        boolean fenced = false;
        String[] lines = markdown.split("\r?\n|\r", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (tooLong == null && line.length() > MAX_LINE) {
                tooLong = new Finding("markdown.line-length", l + 1, MAX_LINE + 1,
                        "这一行过长：应不超过 " + MAX_LINE + " 个字符，实际为 " + line.length() + " 个");
            }
            int[] prefix = blockPrefix(line);
            if (tooDeep == null && prefix[0] > MAX_DEPTH) {
                tooDeep = new Finding("markdown.depth", l + 1, prefix[2] + 1,
                        "引用（>）或列表嵌套过深：应不超过 " + MAX_DEPTH + " 层，此处已超过");
            }
            String content = line.substring(prefix[1]);
            if (content.startsWith("```") || content.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (content.isBlank()) {
                inline.endParagraph();
            } else {
                inline.line(content, l + 1, prefix[1]);
            }
        }
        inline.endParagraph();
        if (tooDeep != null) {
            found.add(tooDeep);
        }
        if (inline.tooDeep != null) {
            found.add(inline.tooDeep);
        }
        if (tooLong != null) {
            found.add(tooLong);
        }
        return found;
    }

    /**
     * The containers a line opens or continues: "&gt;" and list markers ("-", "+", "*", "1.", "1)")
     * one after another, and the indentation before the first (two columns a level, as a nested list
     * is indented). Returns {levels, where the content starts, where the level past the limit is}.
     */
    private static int[] blockPrefix(String line) {
        int levels = 0;
        int columns = 0;
        int depth = 0;
        int past = 0;
        int i = 0;
        while (i < line.length()) {
            int start = i;
            int spaces = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                spaces += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            int marker = markerLength(line, i);
            if (marker == 0) {
                i = start;
                break;
            }
            if (levels == 0) {
                columns = spaces;
            }
            levels++;
            depth = levels + columns / 2;
            if (depth > MAX_DEPTH && past == 0) {
                past = i;
            }
            i += marker;
        }
        return new int[] {depth, i, past};
    }

    /** The length of the container marker at {@code i} ("&gt;", "- ", "12. "), or 0 when there is none. */
    private static int markerLength(String line, int i) {
        if (i >= line.length()) {
            return 0;
        }
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
     * Emphasis ("*", "_") and brackets ("[", "![") over one paragraph: delimiter runs that can close are
     * matched with the nearest open ones of their kind, then the depth is the most matched openers
     * around any one place. The library matches no more than this, so its nesting is no deeper.
     */
    private static final class Inline {
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
        Finding tooDeep;

        void line(String content, int line, int offset) {
            int i = 0;
            while (i < content.length()) {
                char c = content.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '*' || c == '_') {
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
                    delimiter(c, line, offset + i + 1, end - i, left, right);
                    i = end;
                } else if (c == '[' || c == ']') {
                    delimiter('[', line, offset + i + 1, 1, c == '[', c == ']');
                    i++;
                } else {
                    i++;
                }
            }
        }

        private void delimiter(char kind, int line, int column, int length, boolean canOpen, boolean canClose) {
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

        void endParagraph() {
            int depth = 0;
            for (Run run : runs) {
                depth -= run.close;
                if (depth + run.open > MAX_DEPTH && tooDeep == null) {
                    // The run's characters close first, then open one level each: the first past the limit.
                    tooDeep = new Finding("markdown.depth", run.line, run.column + run.close + Math.max(0, MAX_DEPTH - depth),
                            "强调（* 或 _）或方括号嵌套过深：应不超过 " + MAX_DEPTH + " 层，此处已超过");
                }
                depth += run.open;
            }
            runs.clear();
            openers.values().forEach(Deque::clear);
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
