package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gongkai.model.Indicator;
import org.junit.jupiter.api.Test;

/** 指标性质 + 指标值 + 度量单位 read together, as D27 and D31 print them; expectations worked out by hand. */
class SplitTargetTest {

    private static Indicator indicator(String nature, String target, String unit, String actual) {
        return new Indicator("指标", null, nature, null, target, unit, actual, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static Boolean achieved(String nature, String target, String unit, String actual) {
        Indicator indicator = indicator(nature, target, unit, actual);
        return Achievement.of(SplitTarget.target(indicator), SplitTarget.actual(indicator));
    }

    @Test
    void theThreeCellsAreOneTarget() {
        assertEquals(false, achieved("≥", "90", "%", "85"));
        assertEquals(true, achieved("≥", "90", "%", "90"));
        assertEquals(true, achieved("≤", "12", "月", "11"));
        assertEquals(false, achieved("≤", "50", "万元", "52.5"));
        assertEquals(true, achieved("=", "100", "%", "100"));
        assertEquals(false, achieved("=", "100", "%", "99"));
        // An actual that writes its own unit keeps it
        assertEquals(true, achieved("≥", "120", "家", "126家"));
        // 反向指标: less is better
        assertEquals(true, achieved("反向指标", "5", "%", "3"));
    }

    @Test
    void qualitativeAndUndirectedNaturesDeriveNothing() {
        assertNull(achieved("定性", "优良中低差", null, "优"));
        // 定量指标 says the figure is a number, not whether more is better: 结转结余率 5% against 3% is no 未达成
        assertNull(achieved("定量指标", "5", "%", "3"));
    }

    @Test
    void outsideItsTableTheTargetIsShownAsOneText() {
        assertEquals("≥120家", SplitTarget.targetText(indicator("≥", "120", "家", "126")));
        assertEquals("126家", SplitTarget.actualText(indicator("≥", "120", "家", "126")));
        assertEquals("优良中低差", SplitTarget.targetText(indicator("定性", "优良中低差", null, "优")));
        assertEquals("5%", SplitTarget.targetText(indicator("定量指标", "5", "%", "3")));
        assertEquals("≥90%", SplitTarget.targetText(indicator(null, "≥90%", null, "95%")));
    }
}
