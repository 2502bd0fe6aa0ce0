package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Evaluation;
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

    public EvaluationFigures derive(Evaluation evaluation, GradeScale scale) {
        FundsFigures funds = funds(evaluation);
        ManagementFigures management = evaluation.management() == null ? null
                : new ManagementFigures(evaluation.management(),
                        Sums.of(evaluation.management().items(), i -> i.weight()),
                        Sums.of(evaluation.management().items(), i -> i.score()));
        List<IndicatorGroupFigures> groups = evaluation.indicators().stream().map(this::group).toList();
        BigDecimal weight = Sums.of(
                funds == null ? null : funds.funds().weight(),
                management == null ? null : management.weight(),
                Sums.of(groups, IndicatorGroupFigures::weight));
        BigDecimal score = Sums.of(
                funds == null ? null : funds.funds().score(),
                management == null ? null : management.score(),
                Sums.of(groups, IndicatorGroupFigures::score));
        return new EvaluationFigures(evaluation, funds, management, columns(evaluation), groups, weight, score,
                scale, scale == null ? null : scale.grade(score));
    }

    private FundsFigures funds(Evaluation evaluation) {
        if (evaluation.funds() == null || evaluation.funds().total() == null) {
            return null;
        }
        List<FundsRow> sources = evaluation.funds().sources() == null ? List.of() : evaluation.funds().sources();
        boolean hasInitial = evaluation.funds().total().initial() != null
                || sources.stream().anyMatch(s -> s.initial() != null);
        FundsRowFigures total = rate(evaluation.funds().total());
        BigDecimal suggested = Scoring.suggest(evaluation.funds().rule(), evaluation.funds().weight(), null, null,
                total.rate() == null ? null
                        : Ratio.percent(total.row().executed(), total.row().budget(), 10));
        return new FundsFigures(evaluation.funds(), total, sources.stream().map(this::rate).toList(), hasInitial, suggested);
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

    private static List<IndicatorColumnHeading> columns(Evaluation evaluation) {
        Map<IndicatorColumn, String> columns = evaluation.columns();
        if (columns == null || columns.isEmpty()) {
            return DEFAULT_COLUMNS.stream().map(c -> new IndicatorColumnHeading(c, c.defaultHeading())).toList();
        }
        return columns.entrySet().stream()
                .map(e -> new IndicatorColumnHeading(e.getKey(), e.getValue() == null ? e.getKey().defaultHeading() : e.getValue()))
                .toList();
    }
}
