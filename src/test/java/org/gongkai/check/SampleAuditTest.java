package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai check on the sample finds exactly the places where the published seeds do not add up or
 * disagree with their own rules, and nothing where they are consistent.
 */
class SampleAuditTest {

    static final String WUHAI = "content/units/wuhai/2023/medical-service-capacity.yaml";
    static final String NANJING = "content/units/nanjing/2023/department-evaluation.yaml";
    static final String JIANGE_FA = "content/units/jiange/2022/final-accounts.yaml";
    static final String JIANGE_DE = "content/units/jiange/2022/department-evaluation.yaml";
    static final String JIANGE_PE = "content/units/jiange/2022/medical-service-capacity.yaml";

    @TempDir
    Path dir;

    static String describe(Diagnostic d) {
        return d.position().file() + ":" + d.position().line() + " " + d.rule() + " " + d.path();
    }

    @Test
    void theSeedsInconsistenciesAndNothingElse() {
        List<Diagnostic> findings = new SiteBuilder().check(SampleContent.SAMPLE).diagnostics();
        assertTrue(findings.stream().noneMatch(Diagnostic::isError), findings::toString);
        List<String> expected = List.of(
                // 附件1 is titled 2023 but reports on 2022
                JIANGE_DE + ":6 report.title-year title",
                // 六: 一般公共预算财政拨款基本支出 printed as 3429.91 while 人员经费 345.91 + 公用经费 46.60 = 392.51
                JIANGE_FA + ":290 accounts.stated stated.一般公共预算财政拨款基本支出",
                // 项目决策 printed once as (18分) and once as (22分); its items weigh 18
                JIANGE_PE + ":60 eval.group-weight indicators[1].stated-weight",
                // scored 0 of 2 without a reason
                JIANGE_PE + ":159 eval.missing-reason indicators[3].subgroups[0].items[0].reason",
                // 医保经办服务能力: its 评分标准 awards (4分)+(2分)+(2分) = 8 of a 10-point weight, scored 10
                JIANGE_PE + ":297 eval.standard-points indicators[3].subgroups[1].items[3].standard",
                // the 评分标准 award 1 point (or 0.5+0.5) where weight and score are 2
                NANJING + ":101 eval.standard-points indicators[1].subgroups[0].items[4].standard",
                NANJING + ":109 eval.standard-points indicators[1].subgroups[1].items[0].standard",
                NANJING + ":115 eval.standard-points indicators[1].subgroups[1].items[1].standard",
                NANJING + ":129 eval.standard-points indicators[1].subgroups[2].items[0].standard",
                NANJING + ":135 eval.standard-points indicators[1].subgroups[2].items[1].standard",
                NANJING + ":143 eval.standard-points indicators[1].subgroups[3].items[0].standard",
                NANJING + ":149 eval.standard-points indicators[1].subgroups[3].items[1].standard",
                NANJING + ":157 eval.standard-points indicators[1].subgroups[4].items[0].standard",
                NANJING + ":163 eval.standard-points indicators[1].subgroups[4].items[1].standard",
                NANJING + ":171 eval.standard-points indicators[1].subgroups[5].items[0].standard",
                NANJING + ":177 eval.standard-points indicators[1].subgroups[5].items[1].standard",
                NANJING + ":185 eval.standard-points indicators[1].subgroups[6].items[0].standard",
                NANJING + ":191 eval.standard-points indicators[1].subgroups[6].items[1].standard",
                // 生育保险参保人数: target 363.21万人, actual 362.95万人, full marks, no reason
                NANJING + ":214 eval.target-not-met indicators[2].subgroups[0].items[1].reason",
                // 评分标准 says 得3分 (weight 4), 得4分 (weight 3), 得4分 (weight 3), 1+1 (weight 3)
                NANJING + ":237 eval.standard-points indicators[3].subgroups[0].items[0].standard",
                NANJING + ":251 eval.standard-points indicators[3].subgroups[1].items[1].standard",
                NANJING + ":259 eval.standard-points indicators[3].subgroups[2].items[0].standard",
                NANJING + ":287 eval.standard-points indicators[3].subgroups[3].items[3].standard",
                // 经办服务满意度: 100% wanted, "超过90%" got, 3 of 4 points with no reason; its rule gives 3.6
                NANJING + ":305 eval.target-not-met indicators[4].subgroups[0].items[1].reason",
                NANJING + ":306 eval.missing-reason indicators[4].subgroups[0].items[1].reason",
                NANJING + ":306 eval.rule-score indicators[4].subgroups[0].items[1].score",
                // 执行率 × 分值 = 93.35% × 10 = 9.33, scored 9
                WUHAI + ":15 eval.rule-score funds.score",
                // 373.6 + 179.57 = 553.17, the total says 554.07
                WUHAI + ":21 eval.funds-sum funds.total.executed");
        assertEquals(expected.stream().sorted().toList(), findings.stream().map(SampleAuditTest::describe).sorted().toList());
    }

    @Test
    void statedTotalGradeAndRateDisagreements() {
        Path content = SampleContent.copyTo(dir);
        String wuhai = "units/wuhai/2023/medical-service-capacity.yaml";
        SampleContent.edit(content, wuhai, "  total: 99", "  total: 98");
        SampleContent.edit(content, wuhai, "stated-rate: \"93.3%\"", "stated-rate: \"93.4%\"");
        SampleContent.edit(content, "units/nanjing/2023/department-evaluation.yaml", "grade: 优", "grade: 良");
        List<String> rules = new SiteBuilder().check(content).diagnostics().stream().map(Diagnostic::rule).toList();
        assertTrue(rules.containsAll(List.of("eval.total", "eval.rate", "eval.grade")), rules::toString);
    }
}
