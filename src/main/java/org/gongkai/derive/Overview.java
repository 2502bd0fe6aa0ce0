package org.gongkai.derive;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * The whole site at a glance: every unit and the summary of every report, in content order, with the
 * year comparisons and indicator series made from them. The pages shared by many reports are made
 * from this alone, never from the reports' records.
 */
public record Overview(Site site, List<Unit> units, List<ReportSummary> reports, List<Integer> years,
        Map<String, Unit> unitsById, Map<String, List<ReportSummary>> reportsByUnit,
        Lazy<Map<Integer, YearComparison>> comparisons, Lazy<List<IndicatorSeries>> indicators) {

    /** @param reports in content order (by unit, then newest first) */
    public static Overview of(Site site, List<Unit> units, List<ReportSummary> reports) {
        Map<String, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<ReportSummary>> byUnit = reports.stream().collect(Collectors.groupingBy(
                r -> r.header().unitId(), LinkedHashMap::new, Collectors.toUnmodifiableList()));
        List<Integer> years = reports.stream().map(ReportSummary::year).distinct().sorted(Comparator.reverseOrder()).toList();
        Lazy<Map<Integer, YearComparison>> comparisons = new Lazy<>(() -> Comparisons.byYear(byId, reports));
        Lazy<List<IndicatorSeries>> indicators = new Lazy<>(() -> Comparisons.indicators(byId, reports));
        return new Overview(site, units, reports, years, byId, byUnit, comparisons, indicators);
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(unitsById.get(id));
    }

    public List<ReportSummary> reportsOf(String unitId) {
        return reportsByUnit.getOrDefault(unitId, List.of());
    }
}
