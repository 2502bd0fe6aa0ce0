package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.GradeBand;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

    static GradeBand band(String grade, int min) {
        return new GradeBand(grade, BigDecimal.valueOf(min), null);
    }

    final GradeScale scale = new GradeScale("优秀良好合格不合格",
            List.of(band("合格", 60), band("不合格", 0), band("优秀", 90), band("良好", 80)));

    @Test
    void bandsIncludeTheirMinimum() {
        assertEquals("优秀", scale.grade(new BigDecimal("98")));
        assertEquals("优秀", scale.grade(new BigDecimal("90")));
        assertEquals("良好", scale.grade(new BigDecimal("89.99")));
        assertEquals("合格", scale.grade(new BigDecimal("60")));
        assertEquals("不合格", scale.grade(new BigDecimal("59.5")));
    }

    @Test
    void describesItselfFromTheTop() {
        assertEquals("90分及以上为优秀，80分及以上为良好，60分及以上为合格，其余为不合格", scale.describe());
    }
}
