package org.gongkai.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.Block;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceFormat;
import org.gongkai.model.ReportKind;
import org.junit.jupiter.api.Test;

/**
 * The overall result a 自评报告 states in its text, in the wordings real reports use (seed 004's 附件2, the research note's
 * 评价结论 / 自评结果 / 综合评价 parts), and what looks like one and is not: a 一级指标's score, a grade scale, another
 * thing's grade, last year's result.
 */
class StatedResultTest {

    /** Blocks: {@code "# 标题"} a heading, anything else a paragraph. */
    private static SourceDocument document(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(line.startsWith("# ") ? new Heading(2, line.substring(2)) : new Paragraph(line));
        }
        return new SourceDocument("报告.docx", SourceFormat.DOCX, Map.of(), blocks, List.of());
    }

    private static StatedResult.Statement read(String... lines) {
        return StatedResult.read(List.of(document(lines)));
    }

    @Test
    void seed004sTotalAndGradeInTwoSentencesOfTwoParts() {
        StatedResult.Statement said = read(
                "# 二、绩效评价工作开展情况",
                "（二）评价方法和评价等次。本次评价主要采用对表对标自评方法。评价等级根据评价得分分为4个等级，90分以上为优秀，80分以上为良好，"
                        + "60分以上为合格，60分以下为不合格。本次评定等级优秀。",
                "# 三、绩效评价结论",
                "（一）评价得分：经过绩效评价，我县医疗保障与服务能力提升专项资金得分为98分，详见附件。",
                "# 四、绩效评价指标分析",
                "# （一）项目决策得分18分。",
                "1．贯彻中央医疗保障制度改革有关医疗保障能力建设决策部署得分4分。自2022年以来……",
                "# （二）过程管理得分为22分");

        assertEquals(new BigDecimal("98"), said.total());
        assertEquals("优秀", said.grade());
        assertEquals("来源：报告.docx 正文“我县医疗保障与服务能力提升专项资金得分为98分”", said.totalOrigin());
        assertEquals("来源：报告.docx 正文“本次评定等级优秀”", said.gradeOrigin());
    }

    @Test
    void overallWordingsAnywhereInTheText() {
        assertEquals(new BigDecimal("92.5"), read("经自评，本部门2023年度整体支出绩效自评得分92.5分。").total());
        assertEquals(new BigDecimal("95"), read("项目综合得分：95分，评价结果为“良好”。").total());
        assertEquals("良好", read("项目综合得分：95分，评价结果为“良好”。").grade());
        assertEquals(new BigDecimal("96"), read("2022年度自评总分为96分。").total(), "年度 is no 满意度's 度");
        assertEquals("优", read("绩效自评结果：优。").grade());
        assertEquals("一等", read("经综合评价，该项目评价等级为一等。").grade(), "the 一等–四等 scale (D20)");
        assertEquals("良", read("本项目综合评定为“良”等次。").grade());
    }

    @Test
    void aScoreOfSomethingNamedIsTheResultOnlyInTheResultPartOrUnderItsLabel() {
        assertEquals(new BigDecimal("91"), read("# 四、综合评价结论", "经评价，该项目得分为91分。").total());
        assertEquals(new BigDecimal("91"), read("自评结果：经评价，该项目得分为91分。").total());
        assertEquals(null, read("# 二、项目实施情况", "经评价，该项目得分为91分。").total(), "outside the result part, unlabelled");
        assertEquals(new BigDecimal("99"), read("经综合评定，得分为99分，等级为“优”。").total(), "a grade in the same sentence says it is the result");
        assertEquals("来源：报告.docx 正文“得分为99分，等级为“优””", read("经综合评定，得分为99分，等级为“优”。").totalOrigin());
    }

    @Test
    void aPartsScoreIsNeverTheTotal() {
        StatedResult.Statement said = read(
                "# 三、评价结论",
                "（一）项目决策得分18分。",
                "其中，过程管理得分为22分，产出指标得分48分，服务对象满意度得分10分，预算执行率得分10分。",
                "1.预算编制得分5分。",
                "项目决策自评得分为18分。");

        assertEquals(null, said.total());
    }

    @Test
    void aScaleAnotherThingsGradeOrLastYearsResultIsNoGrade() {
        StatedResult.Statement said = read(
                "# 三、评价结论",
                "绩效评价结果分为四级：等级为优、良、中、差。",
                "评价等级根据评价得分分为4个等级，90分以上为优秀，80分以上为良好。",
                "该院信用评价等级为A，服务质量等级为优秀，被评为优秀单位。",
                "上年度绩效自评得分为95分，评价等级为“良”。",
                "对评价结果及时整改并运用。");

        assertEquals(null, said.total());
        assertEquals(null, said.grade());
    }

    @Test
    void aChartsCaptionIsNoStatement() {
        StatedResult.Statement said = read("图1 各一级指标分值与得分：总分99（满分100），等级“优”。");

        assertEquals(null, said.total());
        assertEquals(null, said.grade());
    }

    @Test
    void theResultOfAnAttachedReportStatedInTheDocumentItIsAttachedTo() {
        SourceDocument accounts = document("# （四）预算绩效管理情况",
                "组织对2022年度财政支出全面开展绩效自评，其中，2022年部门整体（含部门预算项目）绩效自评得分为100分，绩效自评综述：做好单位权限范围内工作。"
                        + "；2022年医疗保障与服务能力提升专项资金绩效评价报告等专项预算项目绩效自评得分为98分，评价等级为“优秀”。");

        StatedResult.Statement department = StatedResult.about(List.of(accounts), "2023年剑阁县医疗保障局部门整体支出绩效自评报告",
                "剑阁县医疗保障局", ReportKind.DEPARTMENT_EVALUATION);
        StatedResult.Statement project = StatedResult.about(List.of(accounts),
                "剑阁县医疗保障局2022年医疗保障与服务能力提升专项资金绩效评价报告", "剑阁县医疗保障局", ReportKind.PROJECT_EVALUATION);
        StatedResult.Statement other = StatedResult.about(List.of(accounts), "剑阁县医疗保障局2022年医疗救助补助资金绩效自评报告",
                "剑阁县医疗保障局", ReportKind.PROJECT_EVALUATION);

        assertEquals(new BigDecimal("100"), department.total());
        assertEquals(null, department.grade(), "the grade is the other report's");
        assertEquals("来源：报告.docx 正文“2022年部门整体（含部门预算项目）绩效自评得分为100分”", department.totalOrigin());
        assertEquals(new BigDecimal("98"), project.total());
        assertEquals(null, other.total(), "a report the text does not name");
    }
}
