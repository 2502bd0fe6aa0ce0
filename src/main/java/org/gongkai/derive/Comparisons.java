package org.gongkai.derive;

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
import org.gongkai.model.ReportKind;
import org.gongkai.model.Unit;

/** Puts units side by side: per year, and per indicator across units and years. */
final class Comparisons {

    private Comparisons() {
    }

    static Map<Integer, YearComparison> byYear(Map<String, Unit> units, List<ReportSummary> reports) {
        Map<Integer, Map<String, List<ReportSummary>>> grouped = new TreeMap<>(Comparator.reverseOrder());
        for (ReportSummary r : reports) {
            grouped.computeIfAbsent(r.year(), y -> new TreeMap<>())
                    .computeIfAbsent(r.header().unitId(), u -> new ArrayList<>()).add(r);
        }
        Map<Integer, YearComparison> years = new LinkedHashMap<>();
        grouped.forEach((year, byUnit) -> {
            List<ComparisonRow> rows = new ArrayList<>();
            byUnit.forEach((unitId, own) -> rows.add(row(units.get(unitId), own)));
            rows.sort(Comparator.comparing((ComparisonRow r) -> r.unit().province())
                    .thenComparing(r -> r.unit().level())
                    .thenComparing(r -> r.unit().id()));
            years.put(year, new YearComparison(year, rows));
        });
        return years;
    }

    /** The unit's first 决算, 部门整体 and 项目 绩效自评 of the year, in content order. */
    private static ComparisonRow row(Unit unit, List<ReportSummary> reports) {
        ReportSummary accounts = first(reports, ReportKind.FINAL_ACCOUNTS);
        ReportSummary department = first(reports, ReportKind.DEPARTMENT_EVALUATION);
        ReportSummary project = first(reports, ReportKind.PROJECT_EVALUATION);
        return new ComparisonRow(unit, accounts, department, project);
    }

    private static ReportSummary first(List<ReportSummary> reports, ReportKind kind) {
        return reports.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
    }

    /** Indicators reported more than once (by another unit or in another year), by code or normalised name. */
    static List<IndicatorSeries> indicators(Map<String, Unit> units, List<ReportSummary> reports) {
        Map<String, List<IndicatorOccurrence>> byKey = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (ReportSummary report : reports) {
            Unit unit = units.get(report.header().unitId());
            for (IndicatorValue value : report.indicators()) {
                String code = value.code();
                String key = code != null && !code.isBlank() ? "code:" + code.strip() : normalise(value.name());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new IndicatorOccurrence(unit, report, value));
                names.putIfAbsent(key, value.name().strip());
                if (code != null && !code.isBlank()) {
                    codes.putIfAbsent(key, code.strip());
                }
            }
        }
        List<IndicatorSeries> series = new ArrayList<>();
        byKey.forEach((key, occurrences) -> {
            if (occurrences.size() > 1) {
                occurrences.sort(Comparator.comparing((IndicatorOccurrence o) -> -o.report().year())
                        .thenComparing(o -> o.unit().id()).thenComparing(o -> o.report().header().id()));
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
