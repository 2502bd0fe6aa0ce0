package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void negationsAndTheirKinKeepTheirMeaning() {
        assertEquals(List.of(">20231231日期"), read("晚于2023年12月31日"));
        assertEquals(List.of("≤20231231日期"), read("不晚于2023年12月31日"));
        assertEquals(List.of("<20231231日期"), read("早于2023年12月31日"));
        assertEquals(List.of("≤20231231日期"), read("2023年12月31日前完成"));
        assertEquals(List.of(">20231231日期"), read("2023年12月31日后完成"));
        assertEquals(List.of("≤20231231日期"), read("2023年12月底前"));
        assertEquals(List.of("≤20231231日期"), read("2023年底前"));
        assertEquals(List.of("≤12月底"), read("12月底前"));
        assertEquals(List.of("≤12月20日"), read("12月20日"));
        assertEquals(List.of("≤次年1月底"), read("次年1月底前"));
        assertEquals(List.of(">3次"), read("超过3次"));
        assertEquals(List.of("≤3次"), read("不超过3次"));
        assertEquals(List.of("<95%"), read("低于95%"));
        assertEquals(List.of("<20次"), read("少于20次"));
        assertEquals(List.of("≥20次"), read("不少于20次"));
        assertEquals(List.of("<5%"), read("不足5%"));
        assertEquals(List.of("≥100%"), read("100%以上"));
        assertEquals(List.of("≤5%"), read("5%以下"));
        assertEquals(List.of("≤10天"), read("10天以内"));
        assertEquals(List.of("≤5工作日"), read("≤5个工作日"));
        assertEquals(List.of("8天"), read("8日"));
        assertEquals(List.of("按时"), read("按时完成"));
        assertEquals(List.of("未按时"), read("未按时完成"));
        assertEquals(List.of("未按时"), read("逾期"));
        assertEquals(List.of("按时"), read("未逾期"));
        assertEquals(List.of("≥95%"), read("及时率≥95%"), "及时率 is a rate, not timeliness");
    }

    /**
     * Each negated form and its kin, as target | actual | 达成, 未达成 or — (nothing can be said), worked
     * out by hand: 以上/以下/以内 include the figure, 超过/低于/少于/晚于/早于 exclude it; a bound in the
     * actual on the side the target bounds is the level the document reports.
     */
    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            不晚于2023年12月31日 | 晚于2023年12月31日         | 未达成
            不晚于2023年12月31日 | 2023年12月31日             | 达成
            不晚于2023年12月31日 | 2023年12月20日             | 达成
            不晚于2023年12月31日 | 2024年1月15日              | 未达成
            不晚于2023年12月31日 | 不晚于2023年12月31日       | 达成
            不晚于2023年12月31日 | 2023年12月31日前完成       | 达成
            不晚于2023年12月31日 | 2023年12月31日后完成       | 未达成
            不晚于2023年12月31日 | 早于2023年12月31日         | 达成
            不晚于2023年12月31日 | 不早于2023年12月31日       | —
            不晚于2023年12月31日 | 年底前完成                 | —
            晚于2023年6月30日    | 2023年7月1日               | 达成
            晚于2023年6月30日    | 2023年6月30日              | 未达成
            2023年12月31日前     | 2023-12-31                 | 达成
            2023年12月31日前     | 2023年12月底               | 达成
            2023年底前           | 2023年11月30日             | 达成
            2022-12-31           | 2023-01-05                 | 未达成
            12月底前             | 12月20日                   | 达成
            12月底前             | 次年1月10日                | 未达成
            不晚于12月底         | 11月底                     | 达成
            12月底前             | 2023年12月20日             | —
            不低于95%            | 95%                        | 达成
            不低于95%            | 94.9%                      | 未达成
            不低于95%            | 低于95%                    | 未达成
            不低于95%            | 不低于95%                  | 达成
            不低于95%            | 不低于90%                  | 未达成
            不低于95%            | ≤99%                       | —
            低于5%               | 4.9%                       | 达成
            低于5%               | 5%                         | 未达成
            低于5%               | 不低于5%                   | 未达成
            低于5%               | 低于3%                     | 达成
            不超过3次            | 3次                        | 达成
            不超过3次            | 4次                        | 未达成
            不超过3次            | 超过3次                    | 未达成
            不超过3次            | 不超过2次                  | 达成
            超过90%              | 90%                        | 未达成
            超过90%              | 90.5%                      | 达成
            超过90%              | 超过90%                    | 达成
            超过90%              | 不超过90%                  | 未达成
            100%                 | 超过90%                    | 未达成
            ≤100%                | 超过90%                    | —
            不少于20次           | 18次                       | 未达成
            不少于20次           | 少于20次                   | 未达成
            不少于20次           | 不少于25次                 | 达成
            少于3件              | 2件                        | 达成
            少于3件              | 3件                        | 未达成
            90%以上              | 90%                        | 达成
            90%以上              | 89%                        | 未达成
            90%以上              | 95%以上                    | 达成
            90%以上              | 85%以上                    | 未达成
            100%以上             | 100%                       | 达成
            5%以下               | 5%                         | 达成
            5%以下               | 6%                         | 未达成
            5%以下               | 3%以下                     | 达成
            5%以下               | 3%以上                     | —
            10天以内             | 10天                       | 达成
            10天以内             | 11天                       | 未达成
            10天以内             | 8日                        | 达成
            10天以内             | 12天以内                   | 未达成
            ≤5个工作日           | 3个工作日                  | 达成
            ≤5个工作日           | 6个工作日                  | 未达成
            ≤5个工作日           | 5天                        | —
            ＝100%               | ≥100%                      | 达成
            ＝100%               | 99%以上                    | 未达成
            ≥90%                 | ≥90%                       | 达成
            按时                 | 按时完成                   | 达成
            按时                 | 未按时完成                 | 未达成
            及时                 | 逾期完成                   | 未达成
            及时                 | 未逾期                     | 达成
            按时完成             | 已完成                     | —
            按时                 | 不晚于2023年12月31日       | —
            及时率≥95%           | 98%                        | 达成
            显著提升             | 有所提升                   | —
            ≥90%                 | 7家                        | —
            2023-13-45           | 2023-12-31                 | —
            """)
    void achievementOfEachForm(String target, String actual, String expected) {
        Boolean achieved = Achievement.of(TargetParser.parse(target), TargetParser.parse(actual));
        assertEquals(expected, achieved == null ? "—" : achieved ? "达成" : "未达成");
    }
}
