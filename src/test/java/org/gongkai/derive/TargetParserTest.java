package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every target form of the seeds, read by hand into operator, number and unit. */
class TargetParserTest {

    static List<String> read(String text) {
        return TargetParser.parse(text).measures().stream().map(Measure::toString).toList();
    }

    @Test
    void signsAndWords() {
        assertEquals(List.of("≥90%"), read("≥90%"));
        assertEquals(List.of("≥1家"), read("≧1家"));
        assertEquals(List.of("≥60%"), read("不低于60%"));
        assertEquals(List.of("≤60分钟"), read("≤60分钟"));
        assertEquals(List.of("=100%"), read("＝100%"));
        assertEquals(List.of("≥935元/人"), read("不低于935元/人"));
        assertEquals(List.of("≥85%"), read("≥85%"));
        assertEquals(List.of("≤100%"), read("≤100%"));
        assertEquals(List.of(">85%"), read("大于85%"));
        assertEquals(List.of("<95%"), read("<95%"));
    }

    @Test
    void bareFiguresAreLevelsToReach() {
        Measure measure = TargetParser.parse("363.21万人").measures().get(0);
        assertEquals(Comparison.REACH, measure.comparison());
        assertEquals("万人", measure.unit());
        assertEquals(List.of("20次"), read("20次"));
        assertEquals(List.of("≥99%"), read("99%以上"));
    }

    @Test
    void compoundTargetsKeepTheirParts() {
        assertEquals(List.of("856.37万人", "99%"), read("856.37万人，99%"));
        List<Measure> two = TargetParser.parse("药品网采率≥90%，高值医用耗材网采率≥80%").measures();
        assertEquals(List.of("药品网采率", "高值医用耗材网采率"), two.stream().map(Measure::label).toList());
        assertEquals(List.of("≥90%", "≥80%"), two.stream().map(Measure::toString).toList());
    }

    @Test
    void datesAndDeadlines() {
        assertEquals(List.of("≤20221231日期"), read("2022-12-31"));
        assertEquals(List.of("≤12月底"), read("不晚于12月底"));
    }

    @Test
    void qualitativeTargetsHaveNoMeasures() {
        for (String text : List.of("显著提升", "有所提高", "逐步推开", "科学规范", "健全", "成效明显")) {
            assertFalse(TargetParser.parse(text).isQuantitative(), text);
        }
    }

    @Test
    void yearsAndListNumbersInFreeTextAreContext() {
        assertEquals(List.of("362.95万人"), read("2023年底，生育保险参保人数362.95万人"));
        assertEquals(List.of("870.96万人", "≥99%"), read("2023年底，基本医疗保险参保人数870.96万人，基本医疗保险参保率99%以上。"));
        assertEquals(List.of("76.76%"), read("“三公经费”控制率76.76%。"));
    }

    @Test
    void achievementWhereBothSidesAreQuantitative() {
        assertTrue(Achievement.of(TargetParser.parse("≧60%"), TargetParser.parse("100%")));
        assertTrue(Achievement.of(TargetParser.parse("≧1家"), TargetParser.parse("7家")));
        assertFalse(Achievement.of(TargetParser.parse("363.21万人"), TargetParser.parse("2023年底，生育保险参保人数362.95万人")));
        assertTrue(Achievement.of(TargetParser.parse("856.37万人，99%"),
                TargetParser.parse("2023年底，基本医疗保险参保人数870.96万人，基本医疗保险参保率99%以上。")));
        assertTrue(Achievement.of(TargetParser.parse("药品网采率≥90%，高值医用耗材网采率≥80%"),
                TargetParser.parse("药品网采率99%，耗材网采率81%")));
        assertFalse(Achievement.of(TargetParser.parse("≤100%"), TargetParser.parse("控制率101.5%")));
        assertNull(Achievement.of(TargetParser.parse("显著提升"), TargetParser.parse("强化数字赋能")), "qualitative");
        assertNull(Achievement.of(TargetParser.parse("≥90%"), TargetParser.parse("7家")), "units do not pair");
        assertTrue(Achievement.of(TargetParser.parse("2022-12-31"), TargetParser.parse("2022-12-31")));
    }
}
