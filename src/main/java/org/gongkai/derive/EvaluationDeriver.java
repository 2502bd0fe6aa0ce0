package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Funds;
import org.gongkai.model.FundsColumn;
import org.gongkai.model.FundsRow;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorColumn;
import org.gongkai.model.IndicatorGroup;
import org.gongkai.model.IndicatorSubgroup;

/** Derives the figures of a 绩效自评 from its raw amounts and scores. */
public final class EvaluationDeriver {

    private static final List<IndicatorColumn> DEFAULT_COLUMNS = List.of(IndicatorColumn.TARGET,
            IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE, IndicatorColumn.REASON);

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
        List<IndicatorGroupFigures> groups = evaluation.indicators().stream().map(this::group).toList();
        List<IndicatorColumnHeading> columns = columns(evaluation);
        BigDecimal weight = null;
        BigDecimal score = null;
        if (!groups.isEmpty()) {
            weight = Sums.of(
                    funds == null ? null : funds.funds().weight(),
                    management == null ? null : management.weight(),
                    Sums.of(groups, IndicatorGroupFigures::weight));
            score = Sums.of(
                    funds == null ? null : funds.funds().score(),
                    management == null ? null : management.score(),
                    Sums.of(groups, IndicatorGroupFigures::score));
        }
        return new EvaluationFigures(evaluation, funds, management, GoalsHeadings.of(evaluation.goalsColumns()),
                columns, groups, weight, score, scale, scale == null ? null : scale.grade(score),
                subtotals(columns, groups));
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
        BigDecimal suggested = Scoring.suggest(funds.rule(), funds.weight(), null, null,
                total.rate() == null ? null
                        : Ratio.percent(total.row().executed(), total.row().budget(), 10));
        return new FundsFigures(funds, total, sources.stream().map(this::rate).toList(), fundsColumns(funds, sources),
                suggested);
    }

    /**
     * The columns as the document prints them when it says so; otherwise the columns there is data for:
     * no 年初预算数 without initial amounts, no 分值 or 得分 in an unscored table.
     */
    private static List<FundsColumnHeading> fundsColumns(Funds funds, List<FundsRow> sources) {
        if (funds.columns() != null && !funds.columns().isEmpty()) {
            return funds.columns().entrySet().stream().map(e -> new FundsColumnHeading(e.getKey(),
                    e.getValue() == null ? e.getKey().defaultHeading() : e.getValue())).toList();
        }
        List<FundsRow> rows = new ArrayList<>(sources);
        rows.add(funds.total());
        List<FundsColumnHeading> columns = new ArrayList<>();
        for (FundsColumn column : FundsColumn.values()) {
            boolean shown = switch (column) {
                case INITIAL -> rows.stream().anyMatch(r -> r.initial() != null);
                case WEIGHT -> funds.weight() != null;
                case SCORE -> funds.score() != null || funds.rule() != null;
                default -> true;
            };
            if (shown) {
                columns.add(new FundsColumnHeading(column, column.defaultHeading()));
            }
        }
        return columns;
    }

    private FundsRowFigures rate(FundsRow row) {
        BigDecimal rate = Ratio.percent(row.executed(), row.budget(), decimals);
        BigDecimal printed = Ratio.parsePercent(row.statedRate());
        Boolean agrees = printed == null || rate == null ? null
                : Ratio.percent(row.executed(), row.budget(), Math.max(0, printed.scale())).compareTo(printed) == 0;
        return new FundsRowFigures(row, rate, agrees);
    }

    private IndicatorGroupFigures group(IndicatorGroup group) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<Indicator> all = new ArrayList<>();
        int groupSize = group.subgroups().stream().mapToInt(s -> s.items().size()).sum();
        for (IndicatorSubgroup subgroup : group.subgroups()) {
            List<Indicator> items = subgroup.items();
            for (int i = 0; i < items.size(); i++) {
                boolean firstOfGroup = rows.isEmpty();
                Indicator item = items.get(i);
                Target target = TargetParser.parse(item.target());
                Target actual = TargetParser.parse(item.actual());
                rows.add(new IndicatorRow(item, group.group(), firstOfGroup ? groupSize : 0,
                        subgroup.group(), i == 0 ? items.size() : 0, target, actual, Achievement.of(target, actual),
                        Scoring.suggest(item.rule(), item.weight(), target, actual, null)));
            }
            all.addAll(items);
        }
        return new IndicatorGroupFigures(group, rows, Sums.of(all, Indicator::weight), Sums.of(all, Indicator::score),
                Sums.of(all, Indicator::reviewScore));
    }

    /** The columns as the document prints them; by default those of {@code DEFAULT_COLUMNS} there is data for. */
    private static List<IndicatorColumnHeading> columns(Evaluation evaluation) {
        Map<IndicatorColumn, String> columns = evaluation.columns();
        if (columns == null || columns.isEmpty()) {
            List<Indicator> all = evaluation.indicators().stream().flatMap(g -> g.subgroups().stream())
                    .flatMap(s -> s.items().stream()).toList();
            return DEFAULT_COLUMNS.stream().filter(c -> all.stream().anyMatch(i -> has(i, c)))
                    .map(c -> new IndicatorColumnHeading(c, c.defaultHeading())).toList();
        }
        return columns.entrySet().stream()
                .map(e -> new IndicatorColumnHeading(e.getKey(), e.getValue() == null ? e.getKey().defaultHeading() : e.getValue()))
                .toList();
    }

    private static boolean has(Indicator indicator, IndicatorColumn column) {
        return switch (column) {
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
