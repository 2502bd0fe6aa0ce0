package org.gongkai.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.derive.EvaluationDeriver;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FundsRowFigures;
import org.gongkai.derive.IndicatorGroupFigures;
import org.gongkai.derive.IndicatorRow;
import org.gongkai.derive.Sums;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Funds;
import org.gongkai.model.GroupSubtotal;
import org.gongkai.model.FundsRow;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorGroup;
import org.gongkai.model.ManagementItem;
import org.gongkai.model.Numbers;
import org.gongkai.model.PlanAndResult;
import org.gongkai.model.Stated;

/**
 * What a reviewer checks in a 绩效自评: the stated total, grade, weights and rates against the
 * derived ones; sources that add up to the funds total; a reason wherever a target was missed or
 * points were lost; scores that follow the unit's own 评分标准 and scoring rules; no indicator twice.
 */
final class EvaluationChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern BRACKET_POINTS = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[）)]");
    private static final Pattern EARNED_POINTS = Pattern.compile("得\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern ITEM_COUNT = Pattern.compile("共\\s*(\\d+)\\s*项");
    private static final Pattern EACH_ITEM = Pattern.compile("每[^，。；,;]{0,12}?项\\s*得\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    private EvaluationChecks() {
    }

    static void check(EvaluationFigures figures, List<Diagnostic> findings) {
        withoutTable(figures, findings);
        tasks(figures.evaluation(), findings);
        blankScores(figures, findings);
        stated(figures, findings);
        funds(figures, findings);
        management(figures, findings);
        groups(figures, findings);
        indicators(figures, findings);
    }

    /** Nothing to fix: the reader is told that the stated result is shown as it is, unchecked. */
    private static void withoutTable(EvaluationFigures figures, List<Diagnostic> findings) {
        // An indicators block whose entries could not be read is an error reported where it is, not a report without a table.
        if (figures.hasTable() || figures.evaluation().origin().has("indicators")
                || figures.evaluation().origin().has("flat-indicators")) {
            return;
        }
        Stated stated = figures.evaluation().stated();
        boolean states = stated != null && (stated.total() != null || stated.grade() != null);
        findings.add(Diagnostic.note("eval.no-indicators", states ? stated.origin().of(stated.total() != null ? "total" : "grade")
                : figures.evaluation().origin().at(), states ? "stated" : "indicators",
                "本报告没有指标表（indicators）：" + (states ? "文件所写的总分和等级无法由表中数字重新计算，页面照原文显示"
                        : "页面不显示总分和等级；文件写明的总分和等级可写在 stated 下")));
    }

    /** The tasks table prints 年初任务目标 and 实际完成目标 only: a goal's row label and adjusted target are not its fields. */
    private static void tasks(Evaluation evaluation, List<Diagnostic> findings) {
        List<PlanAndResult> tasks = evaluation.tasks() == null ? List.of() : evaluation.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            PlanAndResult task = tasks.get(i);
            for (String key : List.of("label", "adjusted")) {
                if (task.origin().has(key)) {
                    findings.add(Diagnostic.error("schema.unknown-key", task.origin().keyOf(key), "tasks[" + i + "]." + key,
                            "未知字段“" + key + "”（可用字段：planned、actual）：年度主要任务表只有年初任务目标和实际完成目标两列"));
                }
            }
        }
    }

    /** A published form with some scores left blank: shown blank, with no total; nothing to fix in the data. */
    private static void blankScores(EvaluationFigures figures, List<Diagnostic> findings) {
        List<Indicator> all = figures.groups().stream().flatMap(g -> g.rows().stream()).map(IndicatorRow::indicator).toList();
        List<Indicator> blank = all.stream().filter(EvaluationDeriver::blankScore).toList();
        if (blank.isEmpty() || all.stream().noneMatch(i -> i.score() != null)) {
            return;
        }
        findings.add(Diagnostic.note("eval.blank-score", blank.get(0).origin().at(),
                figures.evaluation().indicators().isEmpty() ? "flat-indicators" : "indicators",
                blank.size() + " 项指标有分值而未填得分（如“" + blank.get(0).name() + "”）：页面照原文留空，"
                        + "不计算总分和等级"));
    }

    private static void stated(EvaluationFigures figures, List<Diagnostic> findings) {
        Stated stated = figures.evaluation().stated();
        if (stated != null && stated.total() != null && figures.score() != null && stated.total().compareTo(figures.score()) != 0) {
            findings.add(Diagnostic.warning("eval.total", stated.origin().of("total"), "stated.total",
                    "文件所写总分与各项得分之和不符：各项得分合计为 " + Numbers.score(figures.score())
                            + "，文件写为 " + Numbers.score(stated.total())));
        }
        BigDecimal expectedWeight = stated != null && stated.weight() != null ? stated.weight() : HUNDRED;
        boolean hasWeights = figures.groups().stream().anyMatch(g -> g.weight() != null);
        if (hasWeights && figures.weight() != null && expectedWeight.compareTo(figures.weight()) != 0) {
            boolean written = stated != null && stated.weight() != null;
            findings.add(Diagnostic.warning("eval.weight", written ? stated.origin().of("weight")
                    : figures.evaluation().origin().of("indicators"), written ? "stated.weight" : "indicators",
                    (written ? "文件所写总分值" : "总分值（未写明时按 100 分）") + "与各项分值之和不符：各项分值合计为 "
                            + Numbers.score(figures.weight()) + (written ? "，文件写为 " : "，应为 ")
                            + Numbers.score(expectedWeight)));
        }
        if (stated != null && stated.grade() != null && figures.grade() != null && !stated.grade().equals(figures.grade())) {
            findings.add(Diagnostic.warning("eval.grade", stated.origin().of("grade"), "stated.grade",
                    "文件所写等级与按“" + figures.scale().name() + "”标准评定的等级不符：总分 "
                            + Numbers.score(figures.score()) + " 应为“" + figures.grade() + "”，文件写为“" + stated.grade() + "”"));
        }
    }

    private static void funds(EvaluationFigures figures, List<Diagnostic> findings) {
        if (figures.funds() == null) {
            return;
        }
        Funds funds = figures.funds().funds();
        ScoringRuleChecks.check(funds.rule(), "funds", findings);
        rate(figures.funds().total(), "funds.total", findings);
        for (int i = 0; i < figures.funds().sources().size(); i++) {
            rate(figures.funds().sources().get(i), "funds.sources[" + i + "]", findings);
        }
        List<FundsRow> sources = funds.sources() == null ? List.of() : funds.sources();
        if (!sources.isEmpty()) {
            sum("年初预算数", "initial", funds.total().initial(), Sums.of(sources, FundsRow::initial), funds, findings);
            sum("全年预算数", "budget", funds.total().budget(), Sums.of(sources, FundsRow::budget), funds, findings);
            sum("全年执行数", "executed", funds.total().executed(), Sums.of(sources, FundsRow::executed), funds, findings);
        }
        BigDecimal suggested = figures.funds().suggested();
        if (suggested != null && funds.score() != null && suggested.compareTo(funds.score()) != 0) {
            findings.add(Diagnostic.warning("eval.rule-score", funds.origin().of("score"), "funds.score",
                    "按评分规则应得 " + Numbers.score(suggested) + " 分，自评得分为 " + Numbers.score(funds.score())));
        }
    }

    private static void sum(String label, String key, BigDecimal total, BigDecimal parts, Funds funds,
            List<Diagnostic> findings) {
        if (total != null && parts != null && total.compareTo(parts) != 0) {
            findings.add(Diagnostic.warning("eval.funds-sum", funds.total().origin().of(key), "funds.total." + key,
                    "年度资金总额的" + label + "应等于各来源之和：各来源合计为 " + Numbers.amount(parts)
                            + "，总额写为 " + Numbers.amount(total)));
        }
    }

    /** A printed rate is compared at the precision it was printed with; see {@link FundsRowFigures}. */
    private static void rate(FundsRowFigures row, String path, List<Diagnostic> findings) {
        String printed = row.row().statedRate();
        if (printed == null || row.rate() == null) {
            return;
        }
        if (row.statedAgrees() == null) {
            findings.add(Diagnostic.warning("eval.rate-format", row.row().origin().of("stated-rate"), path + ".stated-rate",
                    "执行率应写为百分数（如 93.35%），实际为“" + printed + "”"));
        } else if (!row.statedAgrees()) {
            findings.add(Diagnostic.warning("eval.rate", row.row().origin().of("stated-rate"), path + ".stated-rate",
                    "文件所写执行率与全年执行数/全年预算数不符：计算值为 " + Numbers.percent(row.rate())
                            + "，文件写为 " + printed));
        }
    }

    private static void management(EvaluationFigures figures, List<Diagnostic> findings) {
        if (figures.management() == null) {
            return;
        }
        BigDecimal stated = figures.management().management().weight();
        BigDecimal sum = figures.management().weight();
        if (stated != null && sum != null && stated.compareTo(sum) != 0) {
            findings.add(Diagnostic.warning("eval.management-weight", figures.management().management().origin().of("weight"),
                    "management.weight", "资金管理情况的分值应等于各项分值之和：各项合计为 " + Numbers.score(sum)
                            + "，写为 " + Numbers.score(stated)));
        }
        List<ManagementItem> items = figures.management().management().items();
        for (int i = 0; i < items.size(); i++) {
            ManagementItem item = items.get(i);
            if (lostPoints(item.score(), item.weight()) && blank(item.issues())) {
                findings.add(Diagnostic.warning("eval.missing-reason", item.origin().of("score"),
                        "management.items[" + i + "].issues", "“" + item.item() + "”得分 " + Numbers.score(item.score())
                                + " 低于分值 " + Numbers.score(item.weight()) + "，应写明存在问题和改进措施"));
            }
        }
    }

    /**
     * A group header's printed weight (一级, 二级, or a block above them) covers all the indicators under
     * it; a 一级 header repeated after a page break covers the whole run of groups of its name.
     */
    private static void groups(EvaluationFigures figures, List<Diagnostic> findings) {
        Evaluation evaluation = figures.evaluation();
        if (!evaluation.indicators().isEmpty() && !evaluation.flatIndicators().isEmpty()) {
            findings.add(Diagnostic.error("eval.flat-indicators", evaluation.origin().keyOf("flat-indicators"),
                    "flat-indicators", "indicators（分级的指标）和 flat-indicators（不分级的指标清单）只能写一个：一张指标表要么分级，要么不分级"));
        }
        if (evaluation.groupColumns() != null && !evaluation.groupColumns().isEmpty() && figures.groupColumns().isEmpty()
                && figures.hasTable()) {
            findings.add(Diagnostic.error("eval.group-columns", evaluation.origin().keyOf("group-columns"), "group-columns",
                    "group-columns 是各级分组名称后的列（如“一级指标 | 得分”），不分级的指标清单（flat-indicators）没有分组，不能写"));
        }
        List<String> levels = evaluation.levels();
        if (levels != null && !levels.isEmpty() && levels.size() != figures.levels().size() && figures.hasTable()) {
            findings.add(Diagnostic.error("eval.levels", evaluation.origin().of("levels"), "levels",
                    "levels 应写 " + figures.levels().size() + " 个表头（各级分组，再加指标名称一列），实际写了 " + levels.size()
                            + " 个：表中的指标分 " + (figures.levels().size() - 1) + " 级分组"));
        }
        List<IndicatorGroupFigures> groups = figures.groups();
        for (int i = 0; i < evaluation.indicators().size() && i < groups.size(); i++) {
            IndicatorGroupFigures group = groups.get(i);
            groupWeight(group.group(), continuedWeight(groups, i), "indicators[" + i + "]", 0, figures, findings);
        }
        Paths.forEachGroup(evaluation, (group, path) -> {
            int level = path.split("\\.subgroups\\[", -1).length - 1;
            if (level > 0) {
                groupWeight(group, leafWeight(group), path, level, figures, findings);
            }
            groupScore(group, path, level, figures, findings);
            subtotal(group, path, level, figures, findings);
            if (group.items().isEmpty() && group.subgroups().isEmpty()) {
                findings.add(Diagnostic.error("schema.required", group.origin().at(), path,
                        "“" + group.group() + "”下没有指标：应写 items（其下的指标）或 subgroups（其下的分组），实际都没有"));
            }
        });
    }

    private static void groupWeight(IndicatorGroup group, BigDecimal weight, String path, int level,
            EvaluationFigures figures, List<Diagnostic> findings) {
        groupFigure(group, group.statedWeight(), weight, "eval.group-weight", "stated-weight",
                "表头所写分值与其下各项分值之和不符：各项分值合计为 ", "，表头写为 ", path, level, figures, findings);
    }

    /** A group's printed score (一级指标 | 得分 | …) against the sum of the scores under it, at every level. */
    private static void groupScore(IndicatorGroup group, String path, int level, EvaluationFigures figures,
            List<Diagnostic> findings) {
        groupFigure(group, group.statedScore(), EvaluationDeriver.groupScore(group), "eval.group-score", "stated-score",
                "所写得分与其下各项得分之和不符：各项得分合计为 ", "，原文写为 ", path, level, figures, findings);
    }

    /** A figure a group states against the sum under it: a warning at the stated figure where they differ. */
    private static void groupFigure(IndicatorGroup group, BigDecimal stated, BigDecimal computed, String rule, String key,
            String differs, String written, String path, int level, EvaluationFigures figures, List<Diagnostic> findings) {
        if (stated != null && computed != null && stated.compareTo(computed) != 0) {
            findings.add(Diagnostic.warning(rule, group.origin().of(key), path + "." + key,
                    levelName(figures, level) + "“" + group.group() + "”" + differs + Numbers.score(computed) + written
                            + Numbers.score(stated)));
        }
    }

    /** A 小计 row the document prints below a group: its 分值 and 得分 against the sums under the group. */
    private static void subtotal(IndicatorGroup group, String path, int level, EvaluationFigures figures,
            List<Diagnostic> findings) {
        GroupSubtotal subtotal = group.subtotal();
        if (subtotal == null) {
            return;
        }
        subtotalFigure(group, subtotal.weight(), leafWeight(group), "weight", "分值", path, level, figures, findings);
        subtotalFigure(group, subtotal.score(), EvaluationDeriver.groupScore(group), "score", "得分", path, level, figures,
                findings);
    }

    private static void subtotalFigure(IndicatorGroup group, BigDecimal stated, BigDecimal sum, String key, String name,
            String path, int level, EvaluationFigures figures, List<Diagnostic> findings) {
        if (stated != null && sum != null && stated.compareTo(sum) != 0) {
            findings.add(Diagnostic.warning("eval.group-subtotal", group.subtotal().origin().of(key),
                    path + ".subtotal." + key, levelName(figures, level) + "“" + group.group() + "”的小计行所写" + name
                            + "与其下各项" + name + "之和不符：各项合计为 " + Numbers.score(sum) + "，小计写为 "
                            + Numbers.score(stated)));
        }
    }

    /** The printed heading of a level column where the report writes them, else 一级指标, 二级指标, … */
    private static String levelName(EvaluationFigures figures, int level) {
        if (figures.evaluation().levels() != null && level < figures.evaluation().levels().size() - 1) {
            return figures.evaluation().levels().get(level);
        }
        return "一二三四五六七八九".charAt(Math.min(level, 8)) + "级指标";
    }

    private static BigDecimal leafWeight(IndicatorGroup group) {
        return Sums.of(Sums.of(group.items(), Indicator::weight), Sums.of(group.subgroups(), EvaluationChecks::leafWeight));
    }

    private static BigDecimal continuedWeight(List<IndicatorGroupFigures> groups, int index) {
        String name = groups.get(index).group().group();
        int first = index;
        while (first > 0 && name.equals(groups.get(first - 1).group().group())) {
            first--;
        }
        int last = index;
        while (last + 1 < groups.size() && name.equals(groups.get(last + 1).group().group())) {
            last++;
        }
        return Sums.of(groups.subList(first, last + 1), IndicatorGroupFigures::weight);
    }

    private static void indicators(EvaluationFigures figures, List<Diagnostic> findings) {
        List<String> paths = new java.util.ArrayList<>();
        Paths.forEachIndicator(figures.evaluation(), (indicator, path) -> paths.add(path));
        List<IndicatorRow> rows = figures.groups().stream().flatMap(g -> g.rows().stream()).toList();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < rows.size() && i < paths.size(); i++) {
            indicator(rows.get(i), paths.get(i), seen, findings);
        }
    }

    private static void indicator(IndicatorRow row, String path, Map<String, String> seen, List<Diagnostic> findings) {
        Indicator indicator = row.indicator();
        ScoringRuleChecks.check(indicator.rule(), path, findings);
        String identity = indicator.code() != null ? "code:" + indicator.code() : row.path() + "/" + indicator.name().strip();
        String first = seen.putIfAbsent(identity, path);
        if (first != null) {
            findings.add(Diagnostic.warning("eval.duplicate-indicator", indicator.origin().of("name"), path + ".name",
                    "指标重复：“" + indicator.name() + "”已在 " + first + " 出现"));
        }
        if (!indicator.isApplicable() && indicator.score() != null && indicator.score().signum() != 0) {
            findings.add(Diagnostic.warning("eval.not-applicable-score", indicator.origin().of("score"), path + ".score",
                    "“" + indicator.name() + "”标为不适用（applicable: false），却写了得分 " + Numbers.score(indicator.score())
                            + "：不适用的指标不计分，请核对原文"));
        }
        boolean noReason = blank(indicator.reason());
        if (lostPoints(indicator.score(), indicator.weight()) && noReason) {
            findings.add(Diagnostic.warning("eval.missing-reason", indicator.origin().of("score"), path + ".reason",
                    "“" + indicator.name() + "”得分 " + Numbers.score(indicator.score()) + " 低于分值 "
                            + Numbers.score(indicator.weight()) + "，应写明未完成原因和改进措施"));
        }
        if (Boolean.FALSE.equals(row.achieved()) && noReason) {
            findings.add(Diagnostic.warning("eval.target-not-met", indicator.origin().of("actual"), path + ".reason",
                    "“" + indicator.name() + "”未达到指标值：指标值为“" + indicator.target() + "”，实际完成值为“"
                            + indicator.actual() + "”，应写明未完成原因和改进措施"));
        }
        if (row.suggestionDiffers()) {
            findings.add(Diagnostic.warning("eval.rule-score", indicator.origin().of("score"), path + ".score",
                    "“" + indicator.name() + "”按评分规则应得 " + Numbers.score(row.suggested()) + " 分，自评得分为 "
                            + Numbers.score(indicator.score())));
        }
        if (indicator.coefficient() != null && indicator.weight() != null && indicator.score() != null) {
            BigDecimal earned = indicator.weight().multiply(indicator.coefficient())
                    .divide(HUNDRED, Math.max(0, indicator.score().scale()), java.math.RoundingMode.HALF_UP);
            if (earned.compareTo(indicator.score()) != 0) {
                findings.add(Diagnostic.warning("eval.coefficient", indicator.origin().of("score"), path + ".score",
                        "“" + indicator.name() + "”的得分应为 权重 × 得分系数：" + Numbers.score(indicator.weight()) + " × "
                                + Numbers.score(indicator.coefficient()) + "% = " + Numbers.score(earned) + "，写为 "
                                + Numbers.score(indicator.score())));
            }
        }
        BigDecimal possible = possiblePoints(indicator.standard());
        if (possible != null && indicator.weight() != null && possible.compareTo(indicator.weight()) != 0) {
            findings.add(Diagnostic.warning("eval.standard-points", indicator.origin().of("standard"), path + ".standard",
                    "“" + indicator.name() + "”的评分标准最多可得 " + Numbers.score(possible) + " 分，与分值 "
                            + Numbers.score(indicator.weight()) + " 不符" + (indicator.score() != null
                                    && indicator.score().compareTo(possible) > 0 ? "，自评得分 "
                                    + Numbers.score(indicator.score()) + " 超过了评分标准可给的分" : "")));
        }
    }

    /**
     * The most a written 评分标准 can award: the sum of "（2分）" items; the sum of its "得N分" where it
     * says 共N项 or lists equal awards with no 得0分/不得分 alternative (…得2分；…得2分); otherwise the
     * highest "得N分" (graded alternatives: 得2分…得1分…得0分). Null for band rules (满分/合格/零分) and
     * rules without points.
     */
    static BigDecimal possiblePoints(String standard) {
        if (standard == null || standard.contains("满分") || standard.contains("合格") || standard.contains("零分")) {
            return null;
        }
        List<BigDecimal> bracketed = points(BRACKET_POINTS.matcher(standard));
        if (!bracketed.isEmpty()) {
            return bracketed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Matcher count = ITEM_COUNT.matcher(standard);
        Matcher each = EACH_ITEM.matcher(standard);
        if (count.find() && each.find()) {
            return new BigDecimal(each.group(1)).multiply(new BigDecimal(count.group(1)));
        }
        List<BigDecimal> earned = points(EARNED_POINTS.matcher(standard));
        if (earned.isEmpty()) {
            return null;
        }
        boolean alternatives = standard.contains("得0分") || standard.contains("不得分")
                || earned.stream().distinct().count() > 1;
        boolean additive = ITEM_COUNT.matcher(standard).find() || earned.size() > 1 && !alternatives;
        return additive ? earned.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : earned.stream().max(BigDecimal::compareTo).orElseThrow();
    }

    private static List<BigDecimal> points(Matcher matcher) {
        return matcher.results().map(r -> new BigDecimal(r.group(1))).filter(p -> p.signum() > 0).toList();
    }

    private static boolean lostPoints(BigDecimal score, BigDecimal weight) {
        return score != null && weight != null && score.compareTo(weight) < 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank() || text.strip().equals("无");
    }
}
