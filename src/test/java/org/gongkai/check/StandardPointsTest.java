package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How many points a written 评分标准 can award, on the seeds' wordings and hand-counted totals. */
class StandardPointsTest {

    static BigDecimal points(String standard) {
        return EvaluationChecks.possiblePoints(standard);
    }

    @Test
    void itemsWithTheirPointsInBracketsAddUp() {
        // seed 004 附件2 医保经办服务能力: (4分) + (2分) + (2分)
        assertEquals(new BigDecimal("8"), points("医保经办机构归口管理、独立运行。（4分）\n医保经办清单全面落实（2分）\n实行综合柜员制（2分）"));
    }

    @Test
    void countedItemsAddUpAndGradedAlternativesDoNot() {
        // seed 001 决策程序的科学规范性: 共3项, 得1分 each
        assertEquals(new BigDecimal("3"), points("共3项，分别为：1.建立制度，得1分，未建立不得分；2.科学可行，得1分，不可行不得分；3.设计合理，得1分，不合理不得分。"));
        // seed 001 中长期规划制定明确性: 2, 1 or 0 points
        assertEquals(new BigDecimal("2"), points("指向明确，得2分；明确性不足，得1分；没有制定，得0分。"));
        // seed 001 基本医疗保险参保人数、参保率: two awards of 2 with no alternative
        assertEquals(new BigDecimal("4"), points("参保人数不低于856.37万人，得2分；参保率不低于99%，得2分。"));
        // 共3项，每完成1项得2分
        assertEquals(new BigDecimal("6"), points("共3项，每完成1项得2分。"));
    }

    @Test
    void bandRulesAndRulesWithoutPointsAreNotCounted() {
        assertNull(points("满分:≥90%\n合格:≥80%\n零分:≤50%"));
        assertNull(points("每超出1%扣除5%的权重分，扣完为止。"));
        assertNull(points(null));
    }
}
