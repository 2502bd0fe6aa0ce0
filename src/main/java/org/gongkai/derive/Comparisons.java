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
            Map<String, ComparisonInclusion> included = included(units, byUnit);
            List<ComparisonRow> rows = new ArrayList<>();
            byUnit.forEach((unitId, own) -> rows.add(row(units.get(unitId), own, included.get(unitId))));
            rows.sort(Comparator.comparing((ComparisonRow r) -> r.unit().province())
                    .thenComparing(r -> r.unit().level())
                    .thenComparing(r -> r.unit().id()));
            years.put(year, new YearComparison(year, rows));
        });
        return years;
    }

    /**
     * The unit's widest 决算 of the year (部门, then 本级, then 单位; the first in content order among
     * equals) with the others it publishes, and its first 部门整体 and 项目 绩效自评.
     */
    private static ComparisonRow row(Unit unit, List<ReportSummary> reports, ComparisonInclusion included) {
        ReportSummary accounts = widest(reports);
        List<ReportSummary> others = reports.stream()
                .filter(r -> r.kind() == ReportKind.FINAL_ACCOUNTS && r != accounts).toList();
        ReportSummary department = first(reports, ReportKind.DEPARTMENT_EVALUATION);
        ReportSummary project = first(reports, ReportKind.PROJECT_EVALUATION);
        return new ComparisonRow(unit, accounts, department, project, others, accounts == null ? null : included);
    }

    private static ReportSummary widest(List<ReportSummary> reports) {
        return reports.stream().filter(r -> r.kind() == ReportKind.FINAL_ACCOUNTS)
                .min(Comparator.comparing((ReportSummary r) -> r.compared().scope())).orElse(null);
    }

    /**
     * The units of the year whose 决算 another unit's compared 决算 lists in its 决算单位构成, with that
     * unit: the first such by unit-id when two list the same unit. A unit never includes itself (its
     * 本级 line may name its own unit-id).
     */
    private static Map<String, ComparisonInclusion> included(Map<String, Unit> units,
            Map<String, List<ReportSummary>> byUnit) {
        Map<String, ComparisonInclusion> included = new java.util.HashMap<>();
        byUnit.forEach((unitId, own) -> {
            ReportSummary accounts = widest(own);
            if (accounts == null) {
                return;
            }
            for (String member : accounts.compared().includedUnits()) {
                if (!member.equals(unitId) && units.containsKey(member)) {
                    included.putIfAbsent(member, new ComparisonInclusion(units.get(unitId), accounts));
                }
            }
        });
        return included;
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
