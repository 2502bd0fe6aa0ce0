package org.gongkai.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything loaded from a content folder, in a stable order. */
public record Content(Site site, List<Unit> units, List<Report> reports) {

    public static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing((Report r) -> r.header().unitId())
            .thenComparing(Report::year, Comparator.reverseOrder())
            .thenComparing(r -> r.kind().ordinal())
            .thenComparing(r -> r.header().id());

    public Content {
        units = units.stream().sorted(Comparator.comparing(Unit::id)).toList();
        reports = reports.stream().sorted(REPORT_ORDER).toList();
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public List<Report> reportsOf(String unitId) {
        return reports.stream().filter(r -> r.header().unitId().equals(unitId)).toList();
    }
}
