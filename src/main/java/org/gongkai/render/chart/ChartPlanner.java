package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.derive.AmountRow;
import org.gongkai.derive.ComparisonRow;
import org.gongkai.derive.YearComparison;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.FundsRowFigures;
import org.gongkai.derive.IndicatorGroupFigures;
import org.gongkai.derive.KeyFigure;
import org.gongkai.derive.Sums;
import org.gongkai.derive.TimelineRow;
import org.gongkai.derive.UnitTimeline;
import org.gongkai.derive.YearOverYear;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Numbers;
import org.gongkai.model.TableUnits;

/** Which charts a page has and what they show: the seven 决算 charts of seed 004, evaluation charts, timelines. */
public final class ChartPlanner {

    /** 图1–图7 of a 部门决算; a chart whose figures the report does not have is left out. */
    public List<ChartSpec> finalAccounts(FinalAccountsFigures f) {
        String unit = f.accounts().header().moneyUnit().label();
        int year = f.accounts().year();
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(change("total-change", "图1", "收、支决算总计变动情况图", f, KeyFigure.GRAND_TOTAL,
                List.of("收入总计", "支出总计"), List.of(f.incomeGrandTotal(), f.expenditureGrandTotal()), unit, year));
        charts.add(structure("income-structure", "图2", "收入决算结构图", "本年收入合计", f.incomeTotal(), f.income(), unit));
        charts.add(structure("expenditure-structure", "图3", "支出决算结构图", "本年支出合计", f.expenditureTotal(),
                f.expenditure(), unit));
        BigDecimal fiscal = f.keyFigures().get(KeyFigure.FISCAL_TOTAL);
        if (fiscal != null) {
            charts.add(change("fiscal-change", "图4", "财政拨款收、支决算总计变动情况图", f, KeyFigure.FISCAL_TOTAL,
                    List.of("财政拨款收入总计", "财政拨款支出总计"), List.of(fiscal, fiscal), unit, year));
        }
        BigDecimal general = f.keyFigures().get(KeyFigure.GENERAL_BUDGET);
        if (general != null) {
            charts.add(change("general-budget-change", "图5", "一般公共预算财政拨款支出决算变动情况图", f,
                    KeyFigure.GENERAL_BUDGET, List.of("一般公共预算财政拨款支出"), List.of(general), unit, year));
            List<AmountRow> classes = f.generalBudget().rows().stream().filter(r -> r.level() == 1)
                    .map(r -> new AmountRow(r.name(), r.total(), r.share(), 0)).toList();
            charts.add(structure("general-budget-structure", "图6", "一般公共预算财政拨款支出决算结构图",
                    "一般公共预算财政拨款支出", general, classes, unit));
        }
        if (!f.threePublic().isEmpty()) {
            List<AmountRow> threePublic = f.threePublic().stream().filter(r -> r.level() == 1)
                    .map(r -> new AmountRow(r.label(), r.actual(), r.share(), 0)).toList();
            charts.add(structure("three-public-structure", "图7", "“三公”经费财政拨款支出结构图", "“三公”经费支出",
                    f.threePublic().get(0).actual(), threePublic, unit));
        }
        return numbered(charts);
    }

    /** 图1, 图2, … in the order the charts come, with none skipped. */
    private static List<ChartSpec> numbered(List<ChartSpec> charts) {
        List<ChartSpec> numbered = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            ChartSpec c = charts.get(i);
            numbered.add(new ChartSpec(c.id(), "图" + (i + 1), c.title(), c.summary(), c.kind(), c.categories(), c.series(),
                    c.valueUnit(), c.valueLabels()));
        }
        return numbered;
    }

    /** Last year against this year, as bars; this year alone when last year is not known. */
    private ChartSpec change(String id, String number, String title, FinalAccountsFigures f, KeyFigure figure,
            List<String> seriesNames, List<BigDecimal> current, String unit, int year) {
        YearOverYear change = f.changes().stream().filter(c -> c.figure() == figure).findFirst().orElse(null);
        List<String> years = new ArrayList<>();
        if (change != null) {
            years.add((year - 1) + "年");
        }
        years.add(year + "年");
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            List<BigDecimal> values = new ArrayList<>();
            if (change != null) {
                values.add(change.previous());
            }
            values.add(current.get(s));
            series.add(new ChartSpec.Series(seriesNames.get(s), values, null));
        }
        String summary = figure.label() + Numbers.amount(current.get(0)) + unit + (change == null ? "；无上年数据"
                : "，比" + (year - 1) + "年" + change.direction() + Numbers.amount(change.magnitude()) + unit
                        + (change.rate() == null ? "" : "，" + change.rateDirection() + Numbers.percent(change.rateMagnitude())));
        return new ChartSpec(id, number, title, summary, ChartSpec.Kind.BARS, years, series, unit, null);
    }

    /** Parts of a whole, as a pie with each part's derived share. */
    private ChartSpec structure(String id, String number, String title, String totalLabel, BigDecimal total,
            List<AmountRow> parts, String unit) {
        List<String> names = parts.stream().map(AmountRow::label).toList();
        List<BigDecimal> values = parts.stream().map(AmountRow::amount).toList();
        List<BigDecimal> shares = parts.stream().map(AmountRow::share).toList();
        List<String> labels = new ArrayList<>();
        AmountRow largest = null;
        for (AmountRow part : parts) {
            labels.add(part.label() + " " + Numbers.percent(part.share()));
            if (part.amount() != null && (largest == null || part.amount().compareTo(largest.amount()) > 0)) {
                largest = part;
            }
        }
        String summary = totalLabel + Numbers.amount(total) + unit
                + (largest == null || largest.amount().signum() == 0 ? ""
                        : "，其中" + largest.label() + "占" + Numbers.percent(largest.share()));
        return new ChartSpec(id, number, title, summary, ChartSpec.Kind.PIE, names,
                List.of(new ChartSpec.Series(totalLabel, values, shares)), unit, labels);
    }

    /** Weight against score by 一级指标 (a 一级 broken across pages counts once), and budget against executed. */
    public List<ChartSpec> evaluation(EvaluationFigures f) {
        List<ChartSpec> charts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        if (f.funds() != null) {
            groups.add(f.funds().label());
            weights.add(f.funds().funds().weight());
            scores.add(f.funds().funds().score());
        }
        if (f.management() != null) {
            groups.add("资金管理情况");
            weights.add(f.management().weight());
            scores.add(f.management().score());
        }
        for (IndicatorGroupFigures group : f.groups()) {
            // A flat list has one nameless group: its bar is the indicator table's.
            String name = group.group().group() == null ? "绩效指标" : group.group().group();
            int last = groups.size() - 1;
            if (last >= 0 && groups.get(last).equals(name)) {
                weights.set(last, Sums.of(weights.get(last), group.weight()));
                scores.set(last, Sums.of(scores.get(last), group.score()));
            } else {
                groups.add(name);
                weights.add(group.weight());
                scores.add(group.score());
            }
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        if (weights.stream().anyMatch(w -> w != null)) {
            series.add(new ChartSpec.Series("分值", weights, null));
        }
        if (scores.stream().anyMatch(s -> s != null)) {
            series.add(new ChartSpec.Series("得分", scores, null));
        }
        // An unscored report has no chart of points: there is nothing to draw.
        if (!series.isEmpty() && f.score() != null) {
            String summary = "总分" + Numbers.score(f.score()) + (f.weight() == null ? "" : "（满分" + Numbers.score(f.weight()) + "）")
                    + (f.grade() == null ? "" : "，等级“" + f.grade() + "”");
            charts.add(new ChartSpec("scores", "图1", "各一级指标分值与得分", summary, ChartSpec.Kind.BARS, groups, series,
                    "分", null));
        }
        if (f.funds() != null) {
            List<FundsRowFigures> rows = new ArrayList<>();
            rows.add(f.funds().total());
            f.funds().sources().stream().filter(r -> r.row().budget() != null || r.row().executed() != null)
                    .forEach(rows::add);
            // Drawn in the report's unit, like every chart, from a funds table that may be written in its own.
            MoneyUnit report = f.evaluation().header().moneyUnit();
            MoneyUnit table = TableUnits.of(f.evaluation()).of(BuiltInTable.FUNDS);
            String unit = report.label();
            FundsRowFigures total = f.funds().total();
            charts.add(new ChartSpec("funds", charts.isEmpty() ? "图1" : "图2", "资金预算与执行情况",
                    total.row().source() + "全年预算数" + Numbers.amount(table.convert(total.row().budget(), report)) + unit
                            + "，执行数" + Numbers.amount(table.convert(total.row().executed(), report)) + unit
                            + "，执行率" + Numbers.percent(total.rate()),
                    ChartSpec.Kind.BARS, rows.stream().map(r -> r.row().source()).toList(),
                    List.of(new ChartSpec.Series("全年预算数（A）",
                                    rows.stream().map(r -> table.convert(r.row().budget(), report)).toList(), null),
                            new ChartSpec.Series("全年执行数（B）",
                                    rows.stream().map(r -> table.convert(r.row().executed(), report)).toList(), null)),
                    unit, null));
        }
        return charts;
    }

    /** A unit's amounts and self-evaluation totals across its years. */
    public List<ChartSpec> timeline(UnitTimeline timeline) {
        List<ChartSpec> charts = new ArrayList<>();
        List<String> years = timeline.years().stream().map(y -> y + "年").toList();
        List<ChartSpec.Series> amounts = timeline.rows().stream().filter(r -> !r.score())
                .map(r -> new ChartSpec.Series(r.label(), r.values(), null)).toList();
        if (!amounts.isEmpty()) {
            charts.add(new ChartSpec("timeline-amounts", "图1", "历年主要收支数字",
                    timeline.years().get(0) + "年至" + timeline.years().get(timeline.years().size() - 1) + "年，"
                            + amounts.size() + "项数字", ChartSpec.Kind.LINES, years, amounts,
                    timeline.moneyUnit().label(), null));
        }
        List<ChartSpec.Series> scores = timeline.rows().stream().filter(TimelineRow::score)
                .map(r -> new ChartSpec.Series(r.label(), r.values(), null)).toList();
        if (!scores.isEmpty()) {
            charts.add(new ChartSpec("timeline-scores", amounts.isEmpty() ? "图1" : "图2", "历年绩效自评总分",
                    scores.size() + "项自评", ChartSpec.Kind.BARS, years, scores, "分", null));
        }
        return charts;
    }

    static final int RANKED = 20;

    /** The units of a year ranked by 收、支总计 and by 部门整体支出绩效自评总分, the first {@value #RANKED}. */
    public List<ChartSpec> rankings(YearComparison comparison) {
        List<ChartSpec> charts = new ArrayList<>();
        // A unit whose 决算 a parent's 部门决算 includes is ranked once, within its parent's.
        charts.add(ranking("rank-total", "图1", comparison, "收、支总计", "万元",
                r -> r.counted() ? r.figures().grandTotal() : null));
        charts.add(ranking("rank-score", "图2", comparison, "部门整体支出绩效自评总分", "分",
                r -> r.department() == null ? null : r.department().score()));
        charts.removeIf(java.util.Objects::isNull);
        return numbered(charts);
    }

    private ChartSpec ranking(String id, String number, YearComparison comparison, String figure, String unit,
            java.util.function.Function<ComparisonRow, BigDecimal> value) {
        List<ComparisonRow> ranked = comparison.rows().stream().filter(r -> value.apply(r) != null)
                .sorted(java.util.Comparator.comparing(value).reversed()
                        .thenComparing((ComparisonRow r) -> r.unit().id()))
                .limit(RANKED).toList();
        if (ranked.isEmpty()) {
            return null;
        }
        int total = (int) comparison.rows().stream().filter(r -> value.apply(r) != null).count();
        String title = comparison.year() + "年" + figure + (total > RANKED ? "前" + RANKED + "名" : "排名");
        String summary = "共" + total + "个单位，最高为" + ranked.get(0).unit().name() + Numbers.score(value.apply(ranked.get(0)))
                + unit;
        return new ChartSpec(id, number, title, summary, ChartSpec.Kind.RANKING,
                ranked.stream().map(r -> r.unit().name()).toList(),
                List.of(new ChartSpec.Series(figure, ranked.stream().map(value).toList(), null)), unit, null);
    }
}
