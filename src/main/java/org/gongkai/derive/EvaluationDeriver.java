package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Funds;
import org.gongkai.model.FundsColumn;
import org.gongkai.model.FundsRow;
import org.gongkai.model.GroupColumn;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorColumn;
import org.gongkai.model.IndicatorGroup;

/** Derives the figures of a 绩效自评 from its raw amounts and scores. */
public final class EvaluationDeriver {

    private static final List<IndicatorColumn> DEFAULT_COLUMNS = List.of(IndicatorColumn.NATURE,
            IndicatorColumn.INITIAL_TARGET, IndicatorColumn.TARGET, IndicatorColumn.UNIT, IndicatorColumn.ACTUAL,
            IndicatorColumn.WEIGHT, IndicatorColumn.COEFFICIENT, IndicatorColumn.SCORE, IndicatorColumn.CORE,
            IndicatorColumn.REASON);

    private final int decimals;

    public EvaluationDeriver(int decimals) {
        this.decimals = decimals;
    }

    /**
     * The total, weight and grade are summed only from an indicator table: without one, what the
     * document states cannot be recomputed, and the page shows it as stated.
     */
    public EvaluationFigures derive(Evaluation evaluation, GradeScale scale) {
        FundsFigures funds = funds(evaluation);
        ManagementFigures management = evaluation.management() == null ? null
                : new ManagementFigures(evaluation.management(),
                        Sums.of(evaluation.management().items(), i -> i.weight()),
                        Sums.of(evaluation.management().items(), i -> i.score()));
        List<IndicatorGroup> tableGroups = tableGroups(evaluation);
        int depth = depth(tableGroups);
        int[] number = {0};
        List<IndicatorGroupFigures> groups = tableGroups.stream().map(g -> group(g, depth, number)).toList();
        List<IndicatorColumnHeading> columns = columns(evaluation);
        List<ColumnHeading> groupColumns = groupColumns(evaluation, depth);
        BigDecimal weight = null;
        BigDecimal score = null;
        if (!groups.isEmpty()) {
            weight = Sums.of(
                    funds == null ? null : funds.funds().weight(),
                    management == null ? null : management.weight(),
                    Sums.of(groups, IndicatorGroupFigures::weight));
            boolean scored = groups.stream().anyMatch(g -> g.rows().stream().anyMatch(r -> r.indicator().score() != null));
            boolean blank = scored && groups.stream().anyMatch(g -> g.score() == null
                    && g.rows().stream().anyMatch(r -> blankScore(r.indicator())));
            score = blank ? null : Sums.of(
                    funds == null ? null : funds.funds().score(),
                    management == null ? null : management.score(),
                    Sums.of(groups, IndicatorGroupFigures::score));
        }
        Reweighting reweighting = reweighting(evaluation, groups, weight, score);
        if (reweighting != null) {
            BigDecimal converted = reweighting.applicableScore().multiply(reweighting.fullWeight())
                    .divide(reweighting.applicableWeight(), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            score = converted.scale() < 0 ? converted.setScale(0) : converted;
        }
        return new EvaluationFigures(evaluation, funds, management,
                GoalsHeadings.of(evaluation.goalsColumns(), evaluation.goals()), columns, levels(evaluation, depth),
                groupColumns, groups, weight, score, reweighting, scale, scale == null ? null : scale.grade(score),
                groupColumns.isEmpty() && subtotals(columns, groups));
    }

    /**
     * Where the document says so ({@code reweight: true}), indicators marked not applicable are not
     * scored and the rest is converted to the full weight: 不考核该指标，用适用指标得分汇总后按百分制折算.
     */
    private static Reweighting reweighting(Evaluation evaluation, List<IndicatorGroupFigures> groups, BigDecimal weight,
            BigDecimal score) {
        if (!Boolean.TRUE.equals(evaluation.reweight()) || weight == null || score == null) {
            return null;
        }
        List<Indicator> excluded = groups.stream().flatMap(g -> g.rows().stream()).map(IndicatorRow::indicator)
                .filter(i -> !i.isApplicable()).toList();
        BigDecimal excludedWeight = Sums.of(excluded, Indicator::weight);
        if (excludedWeight == null || excludedWeight.signum() == 0) {
            return null;
        }
        BigDecimal applicableWeight = weight.subtract(excludedWeight);
        if (applicableWeight.signum() <= 0) {
            return null;
        }
        BigDecimal excludedScore = Sums.of(excluded, Indicator::score);
        BigDecimal applicableScore = excludedScore == null ? score : score.subtract(excludedScore);
        return new Reweighting(applicableScore, applicableWeight, weight);
    }

    /**
     * The columns printed after each group's level column, as the report writes them; by default a 得分
     * column where a group states its score (it is printed nowhere else). None in a flat list.
     */
    private static List<ColumnHeading> groupColumns(Evaluation evaluation, int depth) {
        if (depth == 0) {
            return List.of();
        }
        List<IndicatorGroup> all = new ArrayList<>();
        evaluation.indicators().forEach(g -> allGroups(g, all));
        boolean stated = all.stream().anyMatch(g -> g.statedScore() != null);
        return ColumnHeading.of(evaluation.groupColumns(), GroupColumn.values(),
                column -> column == GroupColumn.SCORE && stated, false);
    }

    private static void allGroups(IndicatorGroup group, List<IndicatorGroup> into) {
        into.add(group);
        group.subgroups().forEach(g -> allGroups(g, into));
    }

    /** 小计 and 总分 rows only where the table shows a column they sum, with figures in it. */
    private static boolean subtotals(List<IndicatorColumnHeading> columns, List<IndicatorGroupFigures> groups) {
        return columns.stream().anyMatch(c -> switch (c.column()) {
            case WEIGHT -> groups.stream().anyMatch(g -> g.weight() != null);
            case SCORE -> groups.stream().anyMatch(g -> g.score() != null);
            case REVIEW_SCORE -> groups.stream().anyMatch(g -> g.reviewScore() != null);
            default -> false;
        });
    }

    private FundsFigures funds(Evaluation evaluation) {
        if (evaluation.funds() == null || evaluation.funds().total() == null) {
            return null;
        }
        Funds funds = evaluation.funds();
        List<FundsRow> sources = funds.sources() == null ? List.of() : funds.sources();
        FundsRowFigures total = rate(funds.total());
        BigDecimal base = funds.rule() != null && "initial".equals(funds.rule().base()) ? total.row().initial()
                : total.row().budget();
        BigDecimal suggested = Scoring.suggest(funds.rule(), funds.weight(), null, null,
                Ratio.percent(total.row().executed(), base, 10));
        return new FundsFigures(funds, total, sources.stream().map(this::rate).toList(), fundsColumns(funds, sources),
                suggested);
    }

    /**
     * The columns as the document prints them when it says so; otherwise the columns there is data for:
     * no 年初预算数 without initial amounts, no 分值 or 得分 in an unscored table.
     */
    private static List<ColumnHeading> fundsColumns(Funds funds, List<FundsRow> sources) {
        List<FundsRow> rows = new ArrayList<>(sources);
        rows.add(funds.total());
        return ColumnHeading.of(funds.columns(), FundsColumn.values(), column -> switch (column) {
            case INITIAL -> rows.stream().anyMatch(r -> r.initial() != null);
            case WEIGHT -> funds.weight() != null;
            case SCORE -> funds.score() != null || funds.rule() != null;
            case REASON -> rows.stream().anyMatch(r -> r.reason() != null);
            case METHOD -> funds.method() != null;
            default -> true;
        }, false);
    }

    private FundsRowFigures rate(FundsRow row) {
        BigDecimal rate = Ratio.percent(row.executed(), row.budget(), decimals);
        BigDecimal printed = Ratio.parsePercent(row.statedRate());
        Boolean agrees = printed == null || rate == null ? null
                : Ratio.percent(row.executed(), row.budget(), Math.max(0, printed.scale())).compareTo(printed) == 0;
        return new FundsRowFigures(row, rate, agrees);
    }

    /** The table's groups: its {@code indicators}, or one nameless group holding a flat list. */
    static List<IndicatorGroup> tableGroups(Evaluation evaluation) {
        if (!evaluation.indicators().isEmpty() || evaluation.flatIndicators().isEmpty()) {
            return evaluation.indicators();
        }
        return List.of(new IndicatorGroup(null, null, null, null, List.of(), evaluation.flatIndicators(), evaluation.origin()));
    }

    /** The number of named group levels above the deepest indicator (0 for a flat list). */
    static int depth(List<IndicatorGroup> groups) {
        int depth = 0;
        for (IndicatorGroup group : groups) {
            if (leaves(group) > 0) {
                int below = depth(group.subgroups());
                depth = Math.max(depth, (group.group() == null ? 0 : 1) + below);
            }
        }
        return depth;
    }

    static int leaves(IndicatorGroup group) {
        return group.items().size() + group.subgroups().stream().mapToInt(EvaluationDeriver::leaves).sum();
    }

    private IndicatorGroupFigures group(IndicatorGroup group, int depth, int[] number) {
        List<IndicatorRow> rows = new ArrayList<>();
        walk(group, 0, "", depth, rows, new ArrayList<>(), number);
        List<Indicator> all = rows.stream().map(IndicatorRow::indicator).toList();
        // A partly blank published form: a sum of the scores that are there would be a score nobody gave.
        BigDecimal score = all.stream().anyMatch(EvaluationDeriver::blankScore) ? null : Sums.of(all, Indicator::score);
        return new IndicatorGroupFigures(group, rows, Sums.of(all, Indicator::weight), score,
                Sums.of(all, Indicator::reviewScore));
    }

    /** Rows in printed order: a group's own items first, then its lower groups'; a group's cell opens at its first row. */
    private void walk(IndicatorGroup group, int level, String path, int depth, List<IndicatorRow> rows,
            List<IndicatorGroupCell> pending, int[] number) {
        int next = level;
        String inner = path;
        if (group.group() != null) {
            // its rows: its indicators and the 小计 rows printed below its lower groups (its own comes after them)
            int span = leaves(group) + group.subgroups().stream().mapToInt(EvaluationDeriver::printedSubtotals).sum();
            if (span > 0) {
                pending.add(new IndicatorGroupCell(group.group(), group.statedWeight(), group.statedScore(),
                        leafWeight(group), groupScore(group), span, level));
            }
            next = level + 1;
            inner = path.isEmpty() ? group.group() : path + "/" + group.group();
        }
        for (Indicator item : group.items()) {
            Target target = SplitTarget.target(item);
            Target actual = SplitTarget.actual(item);
            rows.add(new IndicatorRow(item, ++number[0], List.copyOf(pending), depth - next + 1, inner, target, actual,
                    Achievement.of(target, actual), Scoring.suggest(item.rule(), item.weight(), target, actual, null),
                    List.of()));
            pending.clear();
        }
        for (IndicatorGroup subgroup : group.subgroups()) {
            walk(subgroup, next, inner, depth, rows, pending, number);
        }
        // A lower group's printed 小计 row follows its last row; the outermost group's closes its row group
        // (IndicatorGroupFigures.subtotal).
        if (group.subtotal() != null && group.group() != null && level > 0 && !rows.isEmpty() && leaves(group) > 0) {
            rows.set(rows.size() - 1, rows.get(rows.size() - 1).closing(subtotal(group, level)));
        }
    }

    private static IndicatorSubtotal subtotal(IndicatorGroup group, int level) {
        return new IndicatorSubtotal(group.group(), level, group.subtotal(), leafWeight(group), groupScore(group));
    }

    /** The 小计 rows printed inside a group's rows: its own and those of the groups below it. */
    private static int printedSubtotals(IndicatorGroup group) {
        return (group.subtotal() == null || leaves(group) == 0 ? 0 : 1)
                + group.subgroups().stream().mapToInt(EvaluationDeriver::printedSubtotals).sum();
    }

    private static BigDecimal leafWeight(IndicatorGroup group) {
        List<Indicator> under = new ArrayList<>();
        collect(group, under);
        return Sums.of(under, Indicator::weight);
    }

    /**
     * The sum of the scores under a group, at any depth; null without any, or where an indicator's score is
     * left blank (a sum of the scores that are there would be a score nobody gave).
     */
    public static BigDecimal groupScore(IndicatorGroup group) {
        List<Indicator> under = new ArrayList<>();
        collect(group, under);
        return under.stream().anyMatch(EvaluationDeriver::blankScore) ? null : Sums.of(under, Indicator::score);
    }

    /** An applicable indicator with points to earn and no score, in a table that scores: left blank as published. */
    public static boolean blankScore(Indicator indicator) {
        return indicator.isApplicable() && indicator.weight() != null && indicator.weight().signum() > 0
                && indicator.score() == null;
    }

    /** The printed headings of the level columns; by default 一级指标 … down to the indicator's own level. */
    private static List<String> levels(Evaluation evaluation, int depth) {
        if (evaluation.levels() != null && evaluation.levels().size() == depth + 1) {
            return evaluation.levels();
        }
        if (depth == 0) {
            return List.of("指标名称");
        }
        List<String> levels = new ArrayList<>();
        for (int i = 0; i <= depth; i++) {
            levels.add(ORDINALS.charAt(Math.min(i, ORDINALS.length() - 1)) + "级指标");
        }
        return levels;
    }

    private static final String ORDINALS = "一二三四五六七八九";

    /** The columns as the document prints them; by default those of {@code DEFAULT_COLUMNS} there is data for. */
    private static List<IndicatorColumnHeading> columns(Evaluation evaluation) {
        Map<IndicatorColumn, String> columns = evaluation.columns();
        if (columns == null || columns.isEmpty()) {
            List<Indicator> all = new ArrayList<>();
            tableGroups(evaluation).forEach(g -> collect(g, all));
            return DEFAULT_COLUMNS.stream().filter(c -> all.stream().anyMatch(i -> has(i, c)))
                    .map(c -> new IndicatorColumnHeading(c, c.defaultHeading())).toList();
        }
        return columns.entrySet().stream()
                .map(e -> new IndicatorColumnHeading(e.getKey(), e.getValue() == null ? e.getKey().defaultHeading() : e.getValue()))
                .toList();
    }

    private static void collect(IndicatorGroup group, List<Indicator> into) {
        into.addAll(group.items());
        group.subgroups().forEach(g -> collect(g, into));
    }

    private static boolean has(Indicator indicator, IndicatorColumn column) {
        return switch (column) {
            case NUMBER -> false;
            case NATURE -> indicator.nature() != null;
            case INITIAL_TARGET -> indicator.initialTarget() != null;
            case UNIT -> indicator.unit() != null;
            case COEFFICIENT -> indicator.coefficient() != null;
            case CORE -> indicator.core() != null;
            case TARGET -> indicator.target() != null;
            case ACTUAL -> indicator.actual() != null;
            case WEIGHT -> indicator.weight() != null;
            case STANDARD -> indicator.standard() != null;
            case SCORE -> indicator.score() != null || indicator.rule() != null;
            case REVIEW_SCORE -> indicator.reviewScore() != null;
            case REASON -> indicator.reason() != null;
            case NOTE -> indicator.note() != null;
        };
    }
}
