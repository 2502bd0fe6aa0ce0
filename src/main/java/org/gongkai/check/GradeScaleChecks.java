package org.gongkai.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.GradeBand;
import org.gongkai.model.Numbers;
import org.gongkai.model.Site;

/**
 * Grade scales as site.yaml writes them: bands from the highest grade down, each minimum within 0–100
 * and below the one before, no grade and no minimum twice. An unsorted scale is refused rather than
 * sorted: a band out of order is most often a typo in its minimum ({@code 优 min: 10} for 90), and
 * sorting it would silently grade 99 as 良.
 */
final class GradeScaleChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GradeScaleChecks() {
    }

    static void check(Site site, List<Diagnostic> findings) {
        if (site.gradeScales() == null) {
            return;
        }
        site.gradeScales().forEach((name, bands) -> scale(name, bands, findings));
    }

    private static void scale(String name, List<GradeBand> bands, List<Diagnostic> findings) {
        Map<String, Integer> grades = new HashMap<>();
        Map<BigDecimal, Integer> minimums = new HashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            GradeBand band = bands.get(i);
            String path = "grade-scales." + name + "[" + i + "]";
            Integer sameGrade = band.grade() == null ? null : grades.putIfAbsent(band.grade(), i);
            if (sameGrade != null) {
                findings.add(Diagnostic.error("grade.duplicate", band.origin().of("grade"), path + ".grade",
                        "等级“" + band.grade() + "”重复：已是第 " + (sameGrade + 1) + " 档，每个等级只应出现一次"));
            }
            if (band.min() == null) {
                continue;
            }
            if (band.min().compareTo(HUNDRED) > 0) {
                findings.add(Diagnostic.error("grade.range", band.origin().of("min"), path + ".min",
                        "最低分应在 0 到 100 之间，实际为 " + Numbers.score(band.min())));
            }
            Integer sameMin = minimums.putIfAbsent(band.min().stripTrailingZeros(), i);
            if (sameMin != null) {
                findings.add(Diagnostic.error("grade.duplicate", band.origin().of("min"), path + ".min",
                        "最低分 " + Numbers.score(band.min()) + " 与第 " + (sameMin + 1) + " 档“" + bands.get(sameMin).grade()
                                + "”相同：每档的最低分应各不相同"));
            } else if (i > 0 && bands.get(i - 1).min() != null && band.min().compareTo(bands.get(i - 1).min()) > 0) {
                GradeBand before = bands.get(i - 1);
                findings.add(Diagnostic.error("grade.order", band.origin().of("min"), path + ".min",
                        "分档应从高到低排列，最低分逐档减小：第 " + (i + 1) + " 档“" + band.grade() + "”的最低分 "
                                + Numbers.score(band.min()) + " 高于上一档“" + before.grade() + "”的 "
                                + Numbers.score(before.min()) + "（请检查是否写错了分数，或调整顺序）"));
            }
        }
    }
}
