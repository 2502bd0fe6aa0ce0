package org.gongkai.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;
import org.gongkai.model.ReportKind;

/**
 * The overall result a 绩效自评报告 states in its text, for {@code stated} where its tables print none: the total
 * (自评得分为95分, 综合得分：92.5分, or 得分为98分 in its 评价结论 part or after an 评价得分： label) and the grade (本次评定等级优秀,
 * 评价等级为“优”, 自评结果：良), each in a sentence of its own or both in one. Never a sub-score (过程管理得分为22分,
 * 服务对象满意度得分10分), a grade scale (等级为优、良、中、差; 90分以上为优秀), another thing's grade (信用等级为A) or last
 * year's result. A report attached to another (a 决算's 附件) may have its result stated in that one's text, in a
 * clause naming it (2022年部门整体（含部门预算项目）绩效自评得分为100分): {@link #about}. Stateless.
 */
final class StatedResult {

    /** What the text states, each figure with its origin comment; null where it states none. */
    record Statement(BigDecimal total, String totalOrigin, String grade, String gradeOrigin) {
        static final Statement NONE = new Statement(null, null, null, null);

        /** This statement, its missing figures taken from {@code other}. */
        Statement or(Statement other) {
            return new Statement(total != null ? total : other.total, total != null ? totalOrigin : other.totalOrigin,
                    grade != null ? grade : other.grade, grade != null ? gradeOrigin : other.gradeOrigin);
        }

        boolean complete() {
            return total != null && grade != null;
        }
    }

    private static final String POINTS = "(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分";
    private static final Pattern POINTS_PATTERN = Pattern.compile(POINTS);
    /** Wordings that name the whole evaluation's score. */
    private static final Pattern OVERALL_SCORE = Pattern.compile(
            "(?:自评总分|综合得分|综合评分|总得分|最终得分|自评得分|评价得分|总分)\\s*(?:[（(]分[)）])?\\s*(?:为|是|[:：])?\\s*" + POINTS);
    /** A score of something the sentence names: the whole only where the sentence or its part says it is the result. */
    private static final Pattern SCORE = Pattern.compile("得分\\s*(?:为|是|[:：])?\\s*" + POINTS);
    private static final String GRADE_WORD = "[“\"「『]?(优秀|良好|不合格|合格|较好|一般|较差|优|良|中|差|[一二三四]等)[”\"」』]?"
            + "(?![\\p{IsHan}&&[^等级次]]|\\s*[、/／])";
    /** 评价等级为“优”, 本次评定等级优秀, 自评结果：良; a bare 等级 only at the start of its clause. */
    private static final Pattern GRADE = Pattern.compile(
            "(评价|自评|评定|考评|绩效|综合)?(等级|等次|结果|评级)\\s*(?:为|是|[:：])?\\s*" + GRADE_WORD);
    /** 综合评定为优秀, 评价为“良”等次. */
    private static final Pattern RATED = Pattern.compile("(?:评定|评价)为\\s*" + GRADE_WORD);
    /** What a sub-score is of: a 一级/二级 indicator or one of its kind (…率, …性, …度). */
    private static final Pattern SUBJECT_PART = Pattern.compile(
            "(?:决策|过程|管理|产出|效益|效果|投入|指标|执行|数量|质量|时效|成本|率|性|(?<!年)度)\\s*$");
    /** Whose grade a 等级 is when it is not the evaluation's. */
    private static final Pattern OTHER_GRADE = Pattern.compile("(?:信用|质量|服务|安全|风险|医院|机构|资质|技术|职称|诚信|协议|定点)\\s*$");
    private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|上一年|以前年度|往年|前一年");
    /** A sentence that says it gives the result: （一）评价得分：…, 自评结论：…. */
    private static final Pattern RESULT_LABEL = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．])?\\s*(?:绩效)?(?:自评|评价|综合|总体)?(?:得分|结论|结果|评分)\\s*[:：]");
    /** The heading of the part stating the result: 评价结论, 自评结果, 综合评价, 得分情况. */
    private static final Pattern RESULT_PART = Pattern.compile("结论|结果|综合评价|总体评价|得分情况|评价得分|自评得分");
    private static final Pattern PARAGRAPH_HEADING = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．])[^。；;]{1,30}$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]|[①-⑳])");
    private static final Pattern CAPTION = Pattern.compile("^[图表]\\s*[0-9一二三四五六七八九十]+(?:[-－.．][0-9]+)?(?:\\s|[：:、])");
    private static final Pattern CLAUSES = Pattern.compile("[^，,。；;！？!?\\n]+");
    private static final Pattern SENTENCES = Pattern.compile("[^。；;！？!?\\n]+");
    private static final Pattern REPORT_SUFFIX = Pattern.compile("(?:支出)?(?:绩效)?(?:目标)?(?:自评价?|评价)(?:报告|表)?$");
    private static final int QUOTE_LENGTH = 40;

    private StatedResult() {
    }

    /** The result the documents' own text states. */
    static Statement read(List<SourceDocument> documents) {
        Statement found = Statement.NONE;
        for (SourceDocument document : documents) {
            boolean resultPart = false;
            for (Block block : document.blocks()) {
                String text;
                if (block instanceof Heading heading) {
                    text = heading.text().strip();
                    resultPart = RESULT_PART.matcher(text).find();
                    // A heading stating a score (（三）项目产出得分48分) is a part's, unless its wording is the whole's.
                    found = found.or(sentence(document.fileName(), text, false));
                    continue;
                } else if (block instanceof Paragraph paragraph) {
                    text = paragraph.text().strip();
                } else {
                    continue;
                }
                if (CAPTION.matcher(text).lookingAt()) {
                    // A chart's or table's caption says what it shows (gongkai's own: 总分99（满分100），等级“优”, derived).
                    continue;
                }
                if (PARAGRAPH_HEADING.matcher(text).matches() && !SCORE.matcher(text).find()) {
                    resultPart = RESULT_PART.matcher(text).find();
                    continue;
                }
                Matcher sentences = SENTENCES.matcher(text);
                while (sentences.find() && !found.complete()) {
                    found = found.or(sentence(document.fileName(), sentences.group(), resultPart));
                }
            }
        }
        return found;
    }

    /**
     * The result that another document's text ({@code attachedTo}, the 决算 a report is attached to) states of the
     * report titled {@code title}: in a clause naming it by what its title names apart from its year, unit and
     * “绩效自评报告” (部门整体, 医疗保障与服务能力提升专项资金) and by an overall wording (自评得分, 评价等级).
     */
    static Statement about(List<SourceDocument> attachedTo, String title, String unitName, ReportKind kind) {
        String core = REPORT_SUFFIX.matcher(DraftMapper.YEAR_TEXT.matcher(title).replaceAll("").replace(unitName == null ? "\u0000" : unitName, "").strip())
                .replaceFirst("").strip();
        Statement found = Statement.NONE;
        for (SourceDocument document : attachedTo) {
            for (Block block : document.blocks()) {
                if (!(block instanceof Paragraph paragraph)) {
                    continue;
                }
                Matcher clauses = CLAUSES.matcher(paragraph.text());
                while (clauses.find() && !found.complete()) {
                    String clause = clauses.group().strip();
                    if (OTHER_YEAR.matcher(clause).find()) {
                        continue;
                    }
                    Matcher score = OVERALL_SCORE.matcher(clause);
                    if (found.total() == null && score.find() && names(clause.substring(0, score.start()), core, kind)) {
                        found = found.or(new Statement(new BigDecimal(score.group(1)), origin(document, clause, 0, score.end()), null, null));
                    }
                    Matcher grade = GRADE.matcher(clause);
                    if (found.grade() == null && grade.find() && grade.group(1) != null && !grade.group(2).equals("结果")
                            && names(clause.substring(0, grade.start()), core, kind)) {
                        found = found.or(new Statement(null, null, grade.group(3), origin(document, clause, 0, grade.end())));
                    }
                }
            }
        }
        return found;
    }

    private static boolean names(String subject, String core, ReportKind kind) {
        return core.length() >= 2 && subject.contains(core)
                || kind == ReportKind.DEPARTMENT_EVALUATION && (subject.contains("部门整体") || subject.contains("整体支出"));
    }

    /** What one sentence states: an overall score, or a score where it says it gives the result, and a grade. */
    private static Statement sentence(String fileName, String sentence, boolean resultPart) {
        List<int[]> scores = new ArrayList<>();
        int[] grade = null;
        String gradeWord = null;
        boolean overall = false;
        Matcher clauses = CLAUSES.matcher(sentence);
        while (clauses.find()) {
            String clause = clauses.group();
            if (OTHER_YEAR.matcher(clause).find()) {
                // 较上年提高3分, 上年度自评得分为95分，评价等级为“良”: from here on the sentence is about another year.
                break;
            }
            int at = clauses.start();
            Matcher strong = OVERALL_SCORE.matcher(clause);
            if (strong.find()) {
                if (!SUBJECT_PART.matcher(clause.substring(0, strong.start())).find()) {
                    scores.add(new int[] {at + strong.start(), at + strong.end(), 1});
                    overall = true;
                }
            } else {
                Matcher weak = SCORE.matcher(clause);
                // An item of a list (1.预算编制得分5分, （二）过程管理得分为22分) is a part's score.
                if (weak.find() && !SUBJECT_PART.matcher(clause.substring(0, weak.start())).find()
                        && !LIST_ITEM.matcher(clause.strip()).find()) {
                    scores.add(new int[] {at + weak.start(), at + weak.end(), 0});
                }
            }
            if (grade == null) {
                Matcher graded = GRADE.matcher(clause);
                while (graded.find()) {
                    String before = clause.substring(0, graded.start());
                    boolean prefixed = graded.group(1) != null;
                    boolean atStart = Labels.normal(before).isEmpty();
                    if ((prefixed || atStart && !graded.group(2).equals("结果")) && !OTHER_GRADE.matcher(before).find()) {
                        grade = new int[] {at + graded.start(), at + graded.end()};
                        gradeWord = graded.group(3);
                        break;
                    }
                }
            }
            if (grade == null) {
                Matcher rated = RATED.matcher(clause);
                if (rated.find() && !OTHER_GRADE.matcher(clause.substring(0, rated.start())).find()) {
                    grade = new int[] {at + rated.start(), at + rated.end()};
                    gradeWord = rated.group(1);
                }
            }
        }
        int[] score = scores.stream().filter(s -> s[2] == 1).findFirst()
                .orElse(overall || scores.isEmpty() ? null : scores.get(0));
        if (score != null && score[2] == 0 && !(resultPart || grade != null || RESULT_LABEL.matcher(sentence.strip()).find())) {
            score = null;
        }
        BigDecimal total = null;
        String totalOrigin = null;
        if (score != null) {
            Matcher figure = POINTS_PATTERN.matcher(sentence.substring(score[0], score[1]));
            figure.find();
            total = new BigDecimal(figure.group(1));
        }
        if (score != null && grade != null && grade[0] > score[0]) {
            // One sentence with both (得分为98分(详见附表)，等级为“良”): quoted once, from the score to the grade.
            String both = origin(fileName, sentence, score[0], grade[1]);
            return new Statement(total, both, gradeWord, both);
        }
        if (score != null) {
            totalOrigin = origin(fileName, sentence, clauseStart(sentence, score[0]), score[1]);
        }
        String gradeOrigin = grade == null ? null : origin(fileName, sentence, clauseStart(sentence, grade[0]), grade[1]);
        return new Statement(total, totalOrigin, gradeWord, gradeOrigin);
    }

    private static int clauseStart(String sentence, int at) {
        int start = at;
        while (start > 0 && "，,".indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
        }
        while (start < at && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        return start;
    }

    private static String origin(SourceDocument document, String text, int start, int end) {
        return origin(document.fileName(), text, start, end);
    }

    /** {@code 来源：file 正文“…”}, the quotation cut to its last 40 characters where longer, so the figure is in it. */
    private static String origin(String fileName, String text, int start, int end) {
        String quoted = text.substring(start, end).strip();
        if (quoted.length() > QUOTE_LENGTH) {
            quoted = "…" + quoted.substring(quoted.length() - QUOTE_LENGTH);
        }
        return "来源：" + fileName + " 正文“" + quoted + "”";
    }
}
