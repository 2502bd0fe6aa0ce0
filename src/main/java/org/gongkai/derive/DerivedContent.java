package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.model.AccountsScope;
import org.gongkai.model.Content;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Report;
import org.gongkai.model.Unit;

/**
 * The loaded content (a whole site, or one unit of it) with the figures of every report and every
 * unit's timeline.
 */
public record DerivedContent(Content content, List<ReportFigures> figures, Map<String, Lazy<UnitTimeline>> timelines) {

    /** The figures compared across years on a unit's page. */
    private static final List<KeyFigure> TIMELINE = List.of(KeyFigure.GRAND_TOTAL, KeyFigure.FISCAL_TOTAL,
            KeyFigure.GENERAL_BUDGET, KeyFigure.BASIC, KeyFigure.PROJECT, KeyFigure.THREE_PUBLIC,
            KeyFigure.OPERATING_COSTS);

    public static DerivedContent of(Content content) {
        return of(content, new DerivationCache());
    }

    /** Derives, reusing the figures of reports that {@code cache} saw unchanged. */
    public static DerivedContent of(Content content, DerivationCache cache) {
        int decimals = content.site().decimals();
        FinalAccountsDeriver accountsDeriver = new FinalAccountsDeriver(decimals);
        EvaluationDeriver evaluationDeriver = new EvaluationDeriver(decimals);
        Map<Report, ReportFigures> byReport = new java.util.concurrent.ConcurrentHashMap<>();
        // Units in parallel; within a unit oldest first, so that each 决算 can be compared with the
        // unit's 决算 of the year before of the same scope (部门决算 with 部门决算, 单位决算 with 单位决算).
        Map<String, List<FinalAccounts>> accountsByUnit = new LinkedHashMap<>();
        content.reports().stream()
                .filter(FinalAccounts.class::isInstance).map(FinalAccounts.class::cast)
                .sorted(Comparator.comparing(FinalAccounts::year))
                .forEach(r -> accountsByUnit.computeIfAbsent(r.header().unitId() + "/" + AccountsScope.of(r).label(),
                        u -> new ArrayList<>()).add(r));
        accountsByUnit.values().parallelStream().forEach(unitAccounts -> {
            FinalAccountsFigures latest = null;
            for (FinalAccounts report : unitAccounts) {
                FinalAccountsFigures before = latest != null && latest.accounts().year() == report.year() - 1 ? latest : null;
                DerivationCache.Same context = new DerivationCache.Same(before);
                FinalAccountsFigures derived = (FinalAccountsFigures) cache.get(report, context);
                if (derived == null) {
                    derived = accountsDeriver.derive(report, before);
                }
                cache.put(report, context, derived);
                byReport.put(report, derived);
                latest = derived;
            }
        });
        content.reports().parallelStream().filter(Evaluation.class::isInstance).forEach(report -> {
            GradeScale scale = cache.scale(report, content);
            ReportFigures derived = cache.get(report, scale);
            if (derived == null) {
                derived = evaluationDeriver.derive((Evaluation) report, scale);
            }
            cache.put(report, scale, derived);
            byReport.put(report, derived);
        });
        cache.roll();
        List<ReportFigures> figures = content.reports().stream().map(byReport::get).toList();
        Map<String, List<ReportFigures>> byUnit = new HashMap<>();
        figures.forEach(f -> byUnit.computeIfAbsent(f.report().header().unitId(), u -> new ArrayList<>()).add(f));
        Map<String, Lazy<UnitTimeline>> timelines = new LinkedHashMap<>();
        for (Unit unit : content.units()) {
            List<ReportFigures> own = byUnit.getOrDefault(unit.id(), List.of());
            timelines.put(unit.id(), new Lazy<>(() -> timeline(unit, own)));
        }
        return new DerivedContent(content, figures, timelines);
    }

    /** Each report's summary, in content order: what the pages shared by many reports are made from. */
    public List<ReportSummary> summaries() {
        int decimals = content.site().decimals();
        return figures.stream().map(f -> ReportSummary.of(f, decimals)).toList();
    }

    /** @param own the unit's reports' figures */
    private static UnitTimeline timeline(Unit unit, List<ReportFigures> own) {
        Map<Integer, FinalAccountsFigures> accounts = new TreeMap<>();
        for (ReportFigures f : own) {
            // A year with a 部门决算 and a 单位决算: the widest scope, as in the year's comparison.
            if (f instanceof FinalAccountsFigures a) {
                accounts.merge(a.accounts().year(), a, (one, two) ->
                        AccountsScope.of(two.accounts()).compareTo(AccountsScope.of(one.accounts())) < 0 ? two : one);
            }
        }
        MoneyUnit unitOfMoney = accounts.isEmpty() ? MoneyUnit.WAN_YUAN
                : ((TreeMap<Integer, FinalAccountsFigures>) accounts).lastEntry().getValue().accounts().header().moneyUnit();
        TreeSet<Integer> years = new TreeSet<>();
        own.forEach(f -> years.add(f.report().year()));
        List<Integer> statedOnly = new ArrayList<>();
        for (FinalAccountsFigures a : accounts.values()) {
            if (a.previousYear() != null && "文件所述".equals(a.previousSource()) && !accounts.containsKey(a.previousYear())) {
                years.add(a.previousYear());
                statedOnly.add(a.previousYear());
            }
        }
        List<Integer> yearList = List.copyOf(years);
        List<TimelineRow> rows = new ArrayList<>();
        for (KeyFigure figure : TIMELINE) {
            List<BigDecimal> values = new ArrayList<>();
            for (int year : yearList) {
                values.add(amountIn(accounts, year, figure, unitOfMoney));
            }
            if (values.stream().anyMatch(v -> v != null)) {
                rows.add(new TimelineRow(figure.label() + "（" + unitOfMoney.label() + "）", false, values));
            }
        }
        Map<String, List<EvaluationFigures>> evaluations = new LinkedHashMap<>();
        own.stream().filter(EvaluationFigures.class::isInstance).map(EvaluationFigures.class::cast)
                .sorted(Comparator.comparing((EvaluationFigures e) -> e.evaluation().header().id()))
                .forEach(e -> evaluations.computeIfAbsent(e.evaluation().header().id(), k -> new ArrayList<>()).add(e));
        evaluations.forEach((id, reports) -> {
            List<BigDecimal> values = new ArrayList<>();
            for (int year : yearList) {
                values.add(reports.stream().filter(e -> e.evaluation().year() == year).findFirst()
                        .map(EvaluationFigures::score).orElse(null));
            }
            if (values.stream().anyMatch(v -> v != null)) {
                rows.add(new TimelineRow(evaluationLabel(reports.get(0).evaluation()) + "自评总分", true, values));
            }
        });
        return new UnitTimeline(unit.id(), yearList, unitOfMoney, rows, statedOnly);
    }

    private static BigDecimal amountIn(Map<Integer, FinalAccountsFigures> accounts, int year, KeyFigure figure,
            MoneyUnit target) {
        FinalAccountsFigures own = accounts.get(year);
        if (own != null) {
            return own.accounts().header().moneyUnit().convert(own.keyFigures().get(figure), target);
        }
        FinalAccountsFigures next = accounts.get(year + 1);
        if (next == null) {
            return null;
        }
        BigDecimal stated = next.changes().stream().filter(c -> c.figure() == figure)
                .map(YearOverYear::previous).findFirst().orElse(null);
        return next.accounts().header().moneyUnit().convert(stated, target);
    }

    private static String evaluationLabel(Evaluation evaluation) {
        if (evaluation.kind() == org.gongkai.model.ReportKind.DEPARTMENT_EVALUATION) {
            return "部门整体支出绩效";
        }
        return evaluation.headerFields() != null && !evaluation.headerFields().isEmpty()
                && evaluation.headerFields().get(0).value() != null
                ? evaluation.headerFields().get(0).value() : evaluation.header().title();
    }
}
