package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.gongkai.model.RuleType;
import org.gongkai.model.ScoringRule;
import org.junit.jupiter.api.Test;

/** Each scoring rule against scores worked out by hand. */
class ScoringTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static ScoringRule rule(RuleType type) {
        return new ScoringRule(type, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static BigDecimal suggest(ScoringRule rule, String weight, String target, String actual) {
        return Scoring.suggest(rule, d(weight), TargetParser.parse(target), TargetParser.parse(actual), null);
    }

    /** Seed 004 附件2: 满分 ≥90%, 合格 ≥80%, 零分 ≤50%; 合格之上 60+40×(实际值−80%)/10%, 合格之下 60−60×(80%−实际值)/30%. */
    static final ScoringRule BANDS = new ScoringRule(RuleType.BANDS, "90%", "80%", "50%", null, null, null, null, null,
            null, null, null, null, null, null);

    @Test
    void bandsInterpolateAsTheSeedFormulaSays() {
        assertEquals(d("2"), suggest(BANDS, "2", "≥90%", "医保信息系统验收合格率99%"));
        assertEquals(d("2"), suggest(BANDS, "2", "≥90%", "90%"));
        // 85%: 60 + 40 × 5/10 = 80% of 2 = 1.6
        assertEquals(d("1.6"), suggest(BANDS, "2", "≥90%", "85%"));
        // 80%: 合格, 60% of 2 = 1.2
        assertEquals(d("1.2"), suggest(BANDS, "2", "≥90%", "80%"));
        // 70%: 60 − 60 × 10/30 = 40% of 2 = 0.8
        assertEquals(d("0.8"), suggest(BANDS, "2", "≥90%", "70%"));
        assertEquals(BigDecimal.ZERO, suggest(BANDS, "2", "≥90%", "50%").stripTrailingZeros());
    }

    @Test
    void proportionalIsActualOverTargetTimesWeightCapped() {
        // 经办服务满意度: weight 4, 90% of 100% → 3.6
        assertEquals(d("3.6"), suggest(rule(RuleType.PROPORTIONAL), "4", "100%", "超过90%。"));
        // 医保事业培训: 18 of 20 sessions × 2 = 1.8; 25 of 20 is capped at 2
        assertEquals(d("1.8"), suggest(rule(RuleType.PROPORTIONAL), "2", "20次", "开展培训18次"));
        assertEquals(d("2"), suggest(rule(RuleType.PROPORTIONAL), "2", "20次", "开展培训25次"));
    }

    @Test
    void thresholdIsAllOrNothing() {
        assertEquals(d("4"), suggest(rule(RuleType.THRESHOLD), "4", "≧85%", "90%"));
        assertEquals(BigDecimal.ZERO, suggest(rule(RuleType.THRESHOLD), "4", "363.21万人",
                "2023年底，生育保险参保人数362.95万人").stripTrailingZeros());
        assertNull(suggest(rule(RuleType.THRESHOLD), "4", "显著提升", "有所提升"), "qualitative: no suggestion");
    }

    @Test
    void deductionPerCaseStopsAtZero() {
        ScoringRule three = new ScoringRule(RuleType.DEDUCTION, null, null, null, null, null, null, d("0.5"), d("3"),
                null, null, null, null, null, null);
        assertEquals(d("3.5"), suggest(three, "5", "", ""));
        ScoringRule many = new ScoringRule(RuleType.DEDUCTION, null, null, null, null, null, null, d("0.5"), d("20"),
                null, null, null, null, null, null);
        assertEquals(BigDecimal.ZERO, suggest(many, "5", "", "").stripTrailingZeros());
    }

    @Test
    void executionRateWithTheUnitsRounding() {
        // Wuhai: 554.07 / 593.57 = 93.3454…%, × 10 = 9.33…; the unit scores whole points, rounding down: 9
        ScoringRule wuhai = new ScoringRule(RuleType.EXECUTION_RATE, null, null, null, null, null, null, null, null, 0,
                "down", null, null, null, null);
        BigDecimal rate = Ratio.percent(d("554.07"), d("593.57"), 10);
        assertEquals(d("9"), Scoring.suggest(wuhai, d("10"), null, null, rate));
        // Seed 004 附件2 预算执行率: 执行率≥90% 按10分计算
        ScoringRule fullAt90 = new ScoringRule(RuleType.EXECUTION_RATE, "90%", null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertEquals(d("10"), Scoring.suggest(fullAt90, d("10"), null, null, d("90")));
        assertEquals(d("8.5"), Scoring.suggest(fullAt90, d("10"), null, null, d("85")));
        assertEquals(d("10"), suggest(fullAt90, "10", "≥90%", "当年预算执行率为100%。"));
    }

    @Test
    void executionRateTimesWeightStopsAtTheWeight() {
        // D32: 执行率*该指标分值，最高不得超过分值上限; D35: 得分(20分*执行率)
        ScoringRule capped = rule(RuleType.EXECUTION_RATE);
        assertEquals(d("10"), Scoring.suggest(capped, d("10"), null, null, d("105")));
        assertEquals(d("19.4"), Scoring.suggest(capped, d("20"), null, null, d("97")));
    }

    @Test
    void stepsGiveThePointsOfTheFirstStepReached() {
        // 执行率≥99%得9分，≥95%得8分，≥90%得6分，90%以下不得分 (weight 10)
        ScoringRule stepped = new ScoringRule(RuleType.STEPS, null, null, null, null, null, null, null, null, null, null,
                null, null, java.util.List.of(step("99%", "9"), step("95%", "8"), step("90%", "6")), null);
        assertEquals(d("9"), Scoring.suggest(stepped, d("10"), null, null, d("99.5")));
        assertEquals(d("9"), Scoring.suggest(stepped, d("10"), null, null, d("99")));
        assertEquals(d("8"), Scoring.suggest(stepped, d("10"), null, null, d("96")));
        assertEquals(d("6"), Scoring.suggest(stepped, d("10"), null, null, d("90")));
        assertEquals(d("0"), Scoring.suggest(stepped, d("10"), null, null, d("89.99")));
        // On an indicator: the actual figure
        assertEquals(d("8"), suggest(stepped, "10", "≥99%", "实际完成97%"));
    }

    private static org.gongkai.model.ScoringStep step(String from, String score) {
        return new org.gongkai.model.ScoringStep(from, d(score), null);
    }
}
