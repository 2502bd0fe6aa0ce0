package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.GradeBand;

/** A named grade scale; bands are tried from the highest minimum down. */
public record GradeScale(String name, List<GradeBand> bands) {

    public GradeScale {
        bands = bands.stream().sorted(Comparator.comparing(GradeBand::min).reversed()).toList();
    }

    public String grade(BigDecimal total) {
        if (total == null) {
            return null;
        }
        return bands.stream().filter(b -> total.compareTo(b.min()) >= 0).map(GradeBand::grade)
                .findFirst().orElse(null);
    }

    /** "90分及以上为优，80分及以上为良……" for the page. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (GradeBand band : bands) {
            if (!text.isEmpty()) {
                text.append("，");
            }
            text.append(band.min().signum() == 0 ? "其余为" : band.min().toPlainString() + "分及以上为").append(band.grade());
        }
        return text.toString();
    }
}
