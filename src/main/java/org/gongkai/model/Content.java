package org.gongkai.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Everything loaded from a content folder, in a stable order, with units and their reports indexed by id. */
public record Content(Site site, List<Unit> units, List<Report> reports, Map<String, Unit> unitsById,
        Map<String, List<Report>> reportsByUnit) {

    public static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing((Report r) -> r.header().unitId())
            .thenComparing(Report::year, Comparator.reverseOrder())
            .thenComparing(r -> r.kind().ordinal())
            .thenComparing(r -> r.header().id());

    public Content(Site site, List<Unit> units, List<Report> reports) {
        this(site, units.stream().sorted(Comparator.comparing(Unit::id)).toList(),
                reports.stream().sorted(REPORT_ORDER).toList(), null, null);
    }

    public Content {
        if (unitsById == null) {
            unitsById = units.stream().collect(Collectors.toMap(Unit::id, u -> u, (a, b) -> a, LinkedHashMap::new));
            reportsByUnit = reports.stream().collect(Collectors.groupingBy(r -> r.header().unitId(), LinkedHashMap::new,
                    Collectors.toUnmodifiableList()));
        }
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(unitsById.get(id));
    }

    public List<Report> reportsOf(String unitId) {
        return reportsByUnit.getOrDefault(unitId, List.of());
    }
}
