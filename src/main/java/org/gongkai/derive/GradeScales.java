package org.gongkai.derive;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.model.Content;
import org.gongkai.model.GradeBand;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * Which grade scale a report is graded on: the report's own, its unit's, its kind's in site.yaml,
 * the site's default — the first that is named.
 */
public final class GradeScales {

    private GradeScales() {
    }

    public static Optional<GradeScale> of(Report report, Content content) {
        Site site = content.site();
        String unitScale = content.unit(report.header().unitId()).map(Unit::gradeScale).orElse(null);
        String kindScale = site.gradeScaleByKind() == null ? null : site.gradeScaleByKind().get(report.kind().label());
        return Stream.of(report.header().gradeScale(), unitScale, kindScale, site.gradeScale())
                .filter(name -> name != null)
                .findFirst()
                .flatMap(name -> named(site, name));
    }

    public static Optional<GradeScale> named(Site site, String name) {
        if (site.gradeScales() == null) {
            return Optional.empty();
        }
        List<GradeBand> bands = site.gradeScales().get(name);
        return bands == null ? Optional.empty() : Optional.of(new GradeScale(name, bands));
    }
}
