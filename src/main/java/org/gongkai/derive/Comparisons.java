package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Content;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Unit;

/** Puts units side by side: per year, and per indicator across units and years. */
final class Comparisons {

    private static final BigDecimal WAN = new BigDecimal("10000");

    private Comparisons() {
    }

    static Map<Integer, YearComparison> byYear(Content content, List<ReportFigures> figures, int decimals) {
        Map<Integer, Map<String, List<ReportFigures>>> grouped = new TreeMap<>(Comparator.reverseOrder());
        for (ReportFigures f : figures) {
            grouped.computeIfAbsent(f.report().year(), y -> new TreeMap<>())
                    .computeIfAbsent(f.report().header().unitId(), u -> new ArrayList<>()).add(f);
        }
        Map<Integer, YearComparison> years = new LinkedHashMap<>();
        grouped.forEach((year, units) -> {
            List<ComparisonRow> rows = new ArrayList<>();
            units.forEach((unitId, reports) -> rows.add(row(content.unit(unitId).orElseThrow(), reports, decimals)));
            rows.sort(Comparator.comparing((ComparisonRow r) -> r.unit().province())
                    .thenComparing(r -> r.unit().level())
                    .thenComparing(r -> r.unit().id()));
            years.put(year, new YearComparison(year, rows));
        });
        return years;
    }

    private static ComparisonRow row(Unit unit, List<ReportFigures> reports, int decimals) {
        FinalAccountsFigures accounts = null;
        EvaluationFigures department = null;
        EvaluationFigures project = null;
        for (ReportFigures f : reports) {
            if (f instanceof FinalAccountsFigures a && accounts == null) {
                accounts = a;
            } else if (f instanceof EvaluationFigures e && e.evaluation().kind() == ReportKind.DEPARTMENT_EVALUATION
                    && department == null) {
                department = e;
            } else if (f instanceof EvaluationFigures e && e.evaluation().kind() == ReportKind.PROJECT_EVALUATION
                    && project == null) {
                project = e;
            }
        }
        if (accounts == null) {
            return new ComparisonRow(unit, null, department, project, null, null, null, null, null, null, null, null,
                    null, null, null);
        }
        MoneyUnit from = accounts.accounts().header().moneyUnit();
        Map<KeyFigure, BigDecimal> keys = accounts.keyFigures();
        BigDecimal grand = from.convert(keys.get(KeyFigure.GRAND_TOTAL), MoneyUnit.WAN_YUAN);
        BigDecimal basic = from.convert(keys.get(KeyFigure.BASIC), MoneyUnit.WAN_YUAN);
        BigDecimal project2 = from.convert(keys.get(KeyFigure.PROJECT), MoneyUnit.WAN_YUAN);
        BigDecimal spending = from.convert(keys.get(KeyFigure.EXPENDITURE_TOTAL), MoneyUnit.WAN_YUAN);
        BigDecimal insured = accounts.accounts().insured();
        BigDecimal perInsured = insured == null || insured.signum() == 0 || grand == null ? null
                : grand.multiply(WAN).divide(insured, 2, RoundingMode.HALF_UP);
        return new ComparisonRow(unit, accounts, department, project,
                grand, converted(accounts.change("GRAND_TOTAL"), from),
                from.convert(keys.get(KeyFigure.FISCAL_TOTAL), MoneyUnit.WAN_YUAN),
                basic, Ratio.percent(basic, spending, decimals),
                project2, Ratio.percent(project2, spending, decimals),
                from.convert(keys.get(KeyFigure.THREE_PUBLIC), MoneyUnit.WAN_YUAN),
                converted(accounts.change("THREE_PUBLIC"), from),
                from.convert(keys.get(KeyFigure.OPERATING_COSTS), MoneyUnit.WAN_YUAN),
                perInsured);
    }

    private static YearOverYear converted(YearOverYear change, MoneyUnit from) {
        if (change == null || from == MoneyUnit.WAN_YUAN) {
            return change;
        }
        return new YearOverYear(change.figure(), from.convert(change.current(), MoneyUnit.WAN_YUAN),
                from.convert(change.previous(), MoneyUnit.WAN_YUAN), from.convert(change.change(), MoneyUnit.WAN_YUAN),
                change.rate());
    }

    /** Indicators reported more than once (by another unit or in another year), by code or normalised name. */
    static List<IndicatorSeries> indicators(Content content, List<ReportFigures> figures) {
        Map<String, List<IndicatorOccurrence>> byKey = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (ReportFigures f : figures) {
            if (!(f instanceof EvaluationFigures e)) {
                continue;
            }
            Unit unit = content.unit(e.evaluation().header().unitId()).orElseThrow();
            for (IndicatorGroupFigures group : e.groups()) {
                for (IndicatorRow row : group.rows()) {
                    String code = row.indicator().code();
                    String key = code != null && !code.isBlank() ? "code:" + code.strip() : normalise(row.indicator().name());
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new IndicatorOccurrence(unit, e, row));
                    names.putIfAbsent(key, row.indicator().name().strip());
                    if (code != null && !code.isBlank()) {
                        codes.putIfAbsent(key, code.strip());
                    }
                }
            }
        }
        List<IndicatorSeries> series = new ArrayList<>();
        byKey.forEach((key, occurrences) -> {
            if (occurrences.size() > 1) {
                occurrences.sort(Comparator.comparing((IndicatorOccurrence o) -> -o.report().evaluation().year())
                        .thenComparing(o -> o.unit().id()).thenComparing(o -> o.report().evaluation().header().id()));
                series.add(new IndicatorSeries(slug(key, codes.get(key)), names.get(key), codes.get(key), occurrences));
            }
        });
        series.sort(Comparator.comparing((IndicatorSeries s) -> -s.occurrences().size()).thenComparing(IndicatorSeries::slug));
        return series;
    }

    private static final Map<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern IGNORED = java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]");

    /** 参保人员对医保服务满意度 and “参保人员对医保服务满意度 ” match; so do full- and half-width forms. */
    static String normalise(String name) {
        return NORMALISED.computeIfAbsent(name,
                n -> IGNORED.matcher(Normalizer.normalize(n, Normalizer.Form.NFKC)).replaceAll(""));
    }

    /** A folder name that never changes for the same indicator: its code, or a digest of its normalised name. */
    static String slug(String key, String code) {
        if (code != null && code.matches("[A-Za-z0-9-]{1,40}")) {
            return code.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "i-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
