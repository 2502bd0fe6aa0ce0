package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void percentRoundsHalfUpAtThePrecisionShown() {
        // 554.07 / 593.57 = 93.3454…%
        assertEquals(d("93.35"), Ratio.percent(d("554.07"), d("593.57"), 2));
        assertEquals(d("93.3"), Ratio.percent(d("554.07"), d("593.57"), 1));
        // 1 / 8 = 12.5% exactly: HALF_UP gives 13, where HALF_EVEN would give 12
        assertEquals(d("13"), Ratio.percent(d("1"), d("8"), 0));
        assertEquals(d("0.63"), Ratio.percent(d("1"), d("160"), 2));
    }

    @Test
    void percentOfNothingIsMissingNotZero() {
        assertNull(Ratio.percent(d("0"), d("0"), 2));
        assertNull(Ratio.percent(null, d("1"), 2));
    }

    @Test
    void changeIsRelativeToTheEarlierYear() {
        // (3555.82 − 4024.76) / 4024.76 = −11.6514…%
        assertEquals(d("-11.65"), Ratio.change(d("3555.82"), d("4024.76"), 2));
        assertEquals(d("-47.37"), Ratio.change(d("1.5"), d("2.85"), 2));
    }

    @Test
    void parsesPrintedPercentages() {
        assertEquals(d("93.3"), Ratio.parsePercent("93.3%"));
        assertEquals(d("100"), Ratio.parsePercent(" 100％"));
        assertNull(Ratio.parsePercent("约九成"));
    }
}
