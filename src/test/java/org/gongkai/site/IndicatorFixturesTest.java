package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Severity;
import org.gongkai.render.TableData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 绩效自评 documents of the real-document research note (/work/shared/research/real-documents.md), each a
 * small content folder under src/test/resources/fixtures/&lt;doc&gt;/ built from its recorded indicator table
 * with made-up figures: the page has exactly the recorded columns under their printed headings, in
 * order, the recorded group levels and names, no column more, and a deliberate inconsistency is found
 * at its file:line:column.
 */
class IndicatorFixturesTest {

    @TempDir
    Path out;

    private record Built(Document page, List<Diagnostic> diagnostics) {
    }

    private Built build(String doc, String unit, int year, String report) throws IOException {
        return build(Path.of("src/test/resources/fixtures", doc, "content"), unit, year, report);
    }

    private Built build(Path content, String unit, int year, String report) throws IOException {
        BuildResult result = new SiteBuilder(1).build(content, out);
        assertFalse(result.failed(), result.diagnostics()::toString);
        Path page = out.resolve("units/" + unit + "/" + year + "/" + report + "/index.html");
        return new Built(Jsoup.parse(page.toFile(), "UTF-8"), result.diagnostics());
    }

    private static Element indicators(Document page) {
        return page.selectFirst("table[data-table=indicators]");
    }

    private static List<String> headings(Element table) {
        return table.select("thead th").stream().map(Element::text).toList();
    }

    /** The merged group cells in printed order, each as level:text. */
    private static List<String> groupCells(Element table) {
        return table.select("tbody th[data-level]").stream().map(th -> th.attr("data-level") + ":" + th.text()).toList();
    }

    private static List<String> names(Element table) {
        return table.select("tbody tr:not(.subtotal) > th:not([data-level])").stream().map(Element::text).toList();
    }

    /** Every body and footer row has one data cell per column after the level columns: no column more, none less. */
    private static void noExtraColumns(Element table, int levelColumns) {
        int dataColumns = table.select("thead th").size() - levelColumns;
        for (Element row : table.select("tbody tr, tfoot tr")) {
            assertEquals(dataColumns, row.select("td").size(), row::outerHtml);
        }
    }

    private static List<String> findings(Built built, Severity severity) {
        return built.diagnostics().stream().filter(d -> d.severity() == severity)
                .map(d -> d.rule() + " " + d.position().line() + ":" + d.position().column() + " " + d.path()).toList();
    }

    private static String figure(Document page, String name) {
        Element element = page.selectFirst("[data-figure=" + name + "]");
        return element == null ? null : element.text();
    }

    @Test
    void d26ProjectTableWithWeightsInThe一级HeadersGradedOnTheFirstToFourthClassScale() throws IOException {
        Built built = build("d26", "jishan", 2020, "project");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                headings(table));
        assertEquals(List.of("1:产出指标（50分）", "2:数量指标", "2:质量指标", "2:时效指标", "1:效益指标（30分）", "2:社会效益指标",
                "1:满意度指标（10分）", "2:服务对象满意度指标"), groupCells(table));
        assertEquals("指标1：代缴人数", names(table).get(0));
        noExtraColumns(table, 3);
        assertEquals(List.of("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                headings(built.page().selectFirst("table[data-table=funds]")));
        assertEquals(List.of("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"), built.page()
                .select("table[data-table=funds] tbody th").stream().map(Element::text).toList());
        // 10 + 50 + 30 + 5 + 4 … = 94 on the 一等/二等/三等/四等 scale the report names: 一等 from 90
        assertEquals("94", figure(built.page(), "total-score"));
        assertEquals("一等", figure(built.page(), "grade"));
        // The deliberate inconsistency: the document writes 95.
        assertEquals(List.of("eval.total 54:18 stated.total"), findings(built, Severity.WARNING));
        assertEquals(List.of(), findings(built, Severity.ERROR));
    }

    @Test
    void d27SplitTargetWeightsABlockAboveThe一级AndBlankCellsLeftBlank() throws IOException {
        Built built = build("d27", "daying", 2023, "project");
        Element table = indicators(built.page());
        assertEquals(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
                "得分", "未完成原因分析"), headings(table));
        assertEquals(List.of("1:绩效指标（90分）", "2:产出指标", "3:数量指标", "3:质量指标", "3:时效指标", "3:成本指标", "2:效益指标",
                "3:社会效益指标", "3:可持续影响指标", "2:满意度指标", "3:服务对象满意度指标"), groupCells(table));
        noExtraColumns(table, 4);
        Element blank = table.select("tbody tr").stream().filter(r -> r.text().contains("检查完成时限")).findFirst().orElseThrow();
        assertEquals(List.of("≤", "12", "月", "", "10", "", ""), blank.select("td").stream().map(Element::text).toList());
        assertEquals(List.of("预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"),
                headings(built.page().selectFirst("table[data-table=funds]")));
        assertEquals(List.of("总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"), built.page()
                .select("table[data-table=funds] tbody th").stream().map(Element::text).toList());
        // Scores partly blank as published: no total, no grade, nothing but a note.
        assertEquals("", figure(built.page(), "total-score"));
        assertNull(built.page().selectFirst("section.result"));
        assertEquals(List.of("eval.blank-score 43:17 indicators"), findings(built, Severity.NOTE));
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    @Test
    void d31FlatListWithNatureInitialAndAdjustedTargetsCoefficientAndCore() throws IOException {
        Built built = build("d31", "rongmei", 2021, "department-evaluation");
        Element table = indicators(built.page());
        assertEquals(List.of("指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
                "指标权重（分）", "指标得分（分）", "是否核心指标"), headings(table));
        assertEquals(List.of(), groupCells(table));
        assertEquals(9, names(table).size());
        assertTrue(table.select("tbody th[colspan]").isEmpty(), "a flat list has one name column");
        assertTrue(table.select("tr.subtotal").isEmpty(), "a flat list has no 小计");
        noExtraColumns(table, 1);
        Element row = table.select("tbody tr").get(6);
        assertEquals(List.of("政府采购执行率", "%", "定量指标", "100", "100", "96", "60", "5", "3", "否"),
                row.select("th, td").stream().map(Element::text).toList());
        assertEquals(List.of("年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"),
                headings(built.page().selectFirst("table[data-table=funds]")));
        assertEquals("98", figure(built.page(), "total-score"));
        assertEquals(List.of(), findings(built, Severity.WARNING));
        // 当年绩效目标 | 年初绩效目标 | 全年（调整）绩效目标 | 全年目标实际完成情况: both targets, as printed
        Element goals = built.page().selectFirst("table[data-table=goals]");
        assertEquals(List.of("当年绩效目标", "年初绩效目标", "全年（调整）绩效目标", "全年目标实际完成情况"), headings(goals));
        assertEquals(List.of(List.of("目标1", "全年播发新闻稿件3000条", "全年播发新闻稿件3200条", "全年播发新闻稿件3350条"),
                List.of("目标2", "新媒体平台粉丝数达到50万", "新媒体平台粉丝数达到50万", "新媒体平台粉丝数达到56万")),
                goals.select("tbody tr").stream().map(r -> r.select("th, td").stream().map(Element::text).toList()).toList());
    }

    /**
     * D42: 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | 评价标准 | 指标说明 | 得分 — each group's own score in
     * the column after its name, as printed; the 二级 预算执行 prints 20 over 10 + 9 = 19, found at its line and
     * shown as printed with gongkai's sum beside it, marked derived.
     */
    @Test
    void d42ScoresPrintedPerGroupLevelCheckedAgainstTheScoresUnderThem() throws IOException {
        Built built = build("d42", "yueyang", 2018, "department-evaluation");
        Element table = indicators(built.page());
        List<String> printed = List.of("一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准", "指标说明", "得分");
        assertEquals(printed, headings(table));
        assertEquals(List.of("1:投入", "2:预算配置", "1:过程", "2:预算执行", "2:预算管理", "1:产出", "2:职责履行", "1:效果",
                "2:履职效益"), groupCells(table));
        assertEquals(List.of("在职人员控制率", "“三公经费”变动率", "预算完成率", "结转结余率", "公用经费控制率", "政府采购执行率",
                "实际完成率", "完成及时率", "社会效益", "社会公众满意度"), names(table));
        // the table as a grid (merged cells repeated, as in its download): nine columns on every row, no row more
        List<List<String>> grid = grid("units/yueyang/2018/department-evaluation/index.html", "indicators");
        assertEquals(printed, grid.get(0));
        assertEquals(11, grid.size());
        grid.forEach(row -> assertEquals(9, row.size(), row::toString));
        assertEquals(List.of("过程", "36", "预算执行", "20", "结转结余率", "9", "结转结余率≤5%得10分，每超过一个百分点扣0.5分，扣完为止",
                "结转结余总额/支出预算数×100%", "9"), grid.get(4));
        assertTrue(table.select("tr.subtotal, tfoot").isEmpty(), "the groups' scores are in their columns: no 小计 or 总分 row");
        assertEquals(List.of("10", "10", "36", "20 合计 19", "17", "20", "20", "28", "28"),
                table.select("td[data-figure=group-score]").stream().map(Element::text).toList());
        Element sum = table.selectFirst("[data-figure=group-score-sum]");
        assertEquals("合计 19", sum.text());
        assertTrue(sum.hasClass("derived"), sum::outerHtml);
        assertEquals("94", figure(built.page(), "total-score"));
        assertEquals(List.of("eval.group-score 26:23 indicators[1].subgroups[0].stated-score"), findings(built, Severity.WARNING));
        assertEquals(List.of(), findings(built, Severity.ERROR));
        // the 基础数据表 before it, as printed: 编制数/在职人数/控制率 and 经费 over three years
        assertEquals(List.of("staff", "spending", "indicators"),
                built.page().select("table[data-table]").stream().map(t -> t.attr("data-table")).toList());
        assertEquals(List.of("编制数", "2018年实际在职人数", "控制率"), headings(built.page().selectFirst("table[data-table=staff]")));
        Element spending = built.page().selectFirst("table[data-table=spending]");
        assertEquals("表2 经费控制情况", spending.selectFirst("caption").ownText().strip());
        assertEquals(List.of("项目", "2017年决算数", "2018年预算数", "2018年决算数"), headings(spending));
        assertEquals(List.of("三公经费", "1、公务用车购置和维护经费", "2、出国经费", "3、公务接待", "项目支出", "公用经费"),
                spending.select("tbody th").stream().map(Element::text).toList());
        assertEquals("表3 部门整体支出绩效评价指标表", table.selectFirst("caption").ownText().strip());
    }

    /**
     * 小计 rows the document prints below its 二级 groups (and its 一级): shown as printed, where printed, each
     * checked against the indicators above it; the 一级 cell spans them. 质量指标 小计 prints 得分 20 over 19.
     */
    @Test
    void subtotalRowsPrintedBelowLowerGroupsAreShownAndChecked(@TempDir Path content) throws Exception {
        Path unit = DemoContent.write(content, DemoContent.SITE_WITHOUT_CHARTS, Map.of()).resolve(DemoContent.YEAR_FOLDER);
        Files.writeString(unit.resolve("evaluation.yaml"), """
                kind: department-evaluation
                title: 示例县医疗保障局2023年度部门整体支出绩效评价自评表
                year: 2023
                money-unit: 万元
                columns: { number: 序号, weight: 分值, score: 得分 }
                indicators:
                  - group: 产出指标
                    subtotal: { weight: 50, score: 47 }
                    subgroups:
                      - group: 数量指标
                        subtotal: { weight: 30, score: 28 }
                        items:
                          - { name: 参保人数, weight: 15, score: 14, reason: 略低于目标 }
                          - { name: 救助人次, weight: 15, score: 14, reason: 略低于目标 }
                      - group: 质量指标
                        subtotal: { weight: 20, score: 20 }
                        items:
                          - { name: 资金发放准确率, weight: 20, score: 19, reason: 个别差错 }
                  - group: 效益指标
                    subgroups:
                      - group: 社会效益指标
                        items:
                          - { name: 群众负担减轻, weight: 50, score: 50 }
                """);
        Built built = build(content, "demo", 2023, "evaluation");
        assertEquals(List.of(
                List.of("序号", "一级指标", "二级指标", "三级指标", "分值", "得分"),
                List.of("1", "产出指标", "数量指标", "参保人数", "15", "14"),
                List.of("2", "产出指标", "数量指标", "救助人次", "15", "14"),
                List.of("", "产出指标", "数量指标 小计", "数量指标 小计", "30", "28"),
                List.of("3", "产出指标", "质量指标", "资金发放准确率", "20", "19"),
                List.of("", "产出指标", "质量指标 小计", "质量指标 小计", "20", "20"),
                List.of("产出指标 小计", "产出指标 小计", "产出指标 小计", "产出指标 小计", "50", "47"),
                List.of("4", "效益指标", "社会效益指标", "群众负担减轻", "50", "50"),
                List.of("效益指标 小计", "效益指标 小计", "效益指标 小计", "效益指标 小计", "50", "50"),
                List.of("总分", "总分", "总分", "总分", "100", "97")),
                grid("units/demo/2023/evaluation/index.html", "indicators"));
        Element differs = indicators(built.page()).selectFirst("tr[data-group=质量指标] [data-figure=subtotal-score]");
        assertEquals("20 合计 19", differs.text());
        assertTrue(differs.selectFirst("span").hasClass("derived"));
        assertEquals(List.of("eval.group-subtotal 16:40 indicators[0].subgroups[1].subtotal.score"),
                findings(built, Severity.WARNING));
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(validator.validate(out.resolve("units/demo/2023/evaluation/index.html")))
                .path("messages")) {
            if (message.path("type").asText().equals("error")) {
                errors.add(message.path("lastLine").asText() + ": " + message.path("message").asText());
            }
        }
        assertEquals(List.of(), errors);
    }

    /** A table of the page as its download has it: merged cells repeated into every row and column they span. */
    private List<List<String>> grid(String page, String key) throws IOException {
        return TableData.of(Files.readString(out.resolve(page))).stream().filter(t -> t.key().equals(key))
                .findFirst().orElseThrow().rows();
    }

    @Test
    void d33ManagementFrameworkWithNumbersStandardsAndA二级HeaderThatDisagrees() throws IOException {
        Built built = build("d33", "shouxian", 2023, "department-evaluation");
        Element table = indicators(built.page());
        assertEquals(List.of("序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"),
                headings(table));
        assertEquals(List.of("1:规划（15分）", "2:基础信息（3分）", "2:工作计划（6分）", "2:绩效目标（6分）", "1:执行（35分）",
                "2:预算执行（18分）", "2:预算管理", "1:效果（50分）", "2:履职效益"), groupCells(table));
        List<String> numbers = table.select("tbody tr:not(.subtotal)").stream().map(r -> r.selectFirst("td").text()).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), numbers);
        assertEquals("1、基础数据信息是否真实（1分）2、基础数据信息是否完整（1分）3、基础数据信息是否准确（1分）",
                table.selectFirst("tbody tr").select("td").get(3).text());
        // 序号 comes before the level columns; the 小计 label spans it and them
        assertEquals("4", table.selectFirst("tr.subtotal th").attr("colspan"));
        for (Element row : table.select("tbody tr:not(.subtotal)")) {
            assertEquals(5, row.select("td").size(), row::outerHtml);
        }
        assertEquals(List.of("eval.group-weight 29:24 indicators[1].subgroups[0].stated-weight"),
                findings(built, Severity.WARNING));
    }

    @Test
    void d34ReviewScoresAndAPrintedHeadingForTheThirdLevel() throws IOException {
        Built built = build("d34", "suizhou", 2022, "project");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "指标名称（三级指标）", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准"),
                headings(table));
        assertEquals(List.of("1:项目决策（2分）", "2:目标申报", "1:项目管理（13分）", "2:财务制度", "2:组织机构", "2:运行监管",
                "1:产出指标（40分）", "2:数量指标", "2:时效指标", "1:效益指标（35分）", "2:社会效益指标", "1:满意度指标（10分）",
                "2:服务对象满意度指标"), groupCells(table));
        noExtraColumns(table, 3);
        Element total = table.selectFirst("tfoot tr");
        assertEquals(List.of("", "", "98", "97", ""), total.select("td").stream().map(Element::text).toList());
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    @Test
    void d35ExecutionScoredTwentyTimesTheRateAndIndicatorsWithoutAWeightColumn() throws IOException {
        Built built = build("d35", "xiangyang", 2021, "project");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"), headings(table));
        assertEquals(List.of("1:产出指标", "2:数量指标", "2:质量指标", "1:效益指标", "2:社会效益指标", "1:满意度指标",
                "2:服务对象满意度指标"), groupCells(table));
        noExtraColumns(table, 3);
        Element funds = built.page().selectFirst("table[data-table=funds]");
        assertEquals(List.of("预算执行情况（万元）（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"), headings(funds));
        assertEquals("20规则得分 20", funds.select("tbody tr").get(0).select("td").get(3).text());
        assertEquals("100", figure(built.page(), "total-score"));
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    /**
     * 对于不适用部分评价对象的评价指标，不考核该指标，用适用指标得分汇总后按百分制折算计分: worked by hand,
     * weights 20 (不适用) + 20 + 30 + 30 = 100, applicable weight 80, applicable scores 18 + 27 + 30 = 75,
     * converted 75 × 100 ÷ 80 = 93.75 (优); without {@code reweight} the total stays 75 (中).
     */
    @Test
    void notApplicableIndicatorsAreLeftOutAndTheRestConvertedToTheFullWeight(@TempDir Path content) throws IOException {
        Path unit = DemoContent.write(content, DemoContent.SITE_WITHOUT_CHARTS, Map.of()).resolve(DemoContent.YEAR_FOLDER);
        String report = """
                kind: department-evaluation
                title: 示例县医疗保障局2023年度部门整体支出绩效评价自评表
                year: 2023
                money-unit: 万元
                reweight: true
                indicators:
                  - group: 产出指标
                    items:
                      - { name: 政府采购执行率, weight: 20, applicable: false }
                      - { name: 参保率, weight: 20, score: 18, reason: 略低于目标 }
                  - group: 效益指标
                    items:
                      - { name: 待遇保障, weight: 30, score: 27, reason: 有差距 }
                      - { name: 满意度, weight: 30, score: 30 }
                stated: { total: 93.75, grade: 优 }
                """;
        Files.writeString(unit.resolve("evaluation.yaml"), report);
        Built built = build(content, "demo", 2023, "evaluation");
        assertEquals("93.75", figure(built.page(), "total-score"));
        assertEquals("优", figure(built.page(), "grade"));
        assertEquals("不适用", indicators(built.page()).select("tbody tr").get(0).select("td").get(1).text());
        assertTrue(built.page().selectFirst("[data-explain=reweight]").text().contains("75 × 100 ÷ 80 = 93.75"));
        assertEquals(List.of(), findings(built, Severity.WARNING));

        Files.writeString(unit.resolve("evaluation.yaml"), report.replace("reweight: true\n", ""));
        Built plain = build(content, "demo", 2023, "evaluation");
        assertEquals("75", figure(plain.page(), "total-score"));
        assertEquals(List.of("eval.total 14:18 stated.total", "eval.grade 14:32 stated.grade"), findings(plain, Severity.WARNING));
    }

    /** Blocks of different depth in one table (D34's 项目决策 beside 产出指标 → 数量指标): the name spans the missing level. */
    @Test
    void anIndicatorDirectlyUnderA一级SpansTheMissingLevel(@TempDir Path content) throws IOException {
        Path unit = DemoContent.write(content, DemoContent.SITE_WITHOUT_CHARTS, Map.of()).resolve(DemoContent.YEAR_FOLDER);
        Files.writeString(unit.resolve("evaluation.yaml"), """
                kind: department-evaluation
                title: 示例县医疗保障局2023年度部门整体支出绩效评价自评表
                year: 2023
                money-unit: 万元
                columns: { weight: 分值, score: 得分 }
                indicators:
                  - group: 项目决策
                    stated-weight: 10
                    items:
                      - { name: 绩效目标合理性, weight: 10, score: 10 }
                  - group: 产出指标
                    subgroups:
                      - group: 数量指标
                        items:
                          - { name: 参保人数, weight: 90, score: 90 }
                """);
        Built built = build(content, "demo", 2023, "evaluation");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分"), headings(table));
        assertEquals(List.of("1:项目决策（10分）", "1:产出指标", "2:数量指标"), groupCells(table));
        Element direct = table.select("tbody tr").get(0).select("th").get(1);
        assertEquals("绩效目标合理性", direct.text());
        assertEquals("2", direct.attr("colspan"));
        noExtraColumns(table, 3);
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    @Test
    void d23UnscoredTransferTableWithLotteryFundsAndNoScoreAnywhere() throws IOException {
        Built built = build("d23", "huoshan", 2024, "medical-assistance");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"), headings(table));
        assertEquals(List.of("1:产出指标", "2:数量指标", "2:质量指标", "1:效益指标", "2:社会效益指标", "1:满意度指标",
                "2:服务对象满意度指标"), groupCells(table));
        noExtraColumns(table, 3);
        assertTrue(table.select("tr.subtotal, tfoot").isEmpty(), "no 小计 or 总分 in an unscored table");
        assertEquals(List.of("年度资金总额", "其中：中央财政资金", "彩票公益金用于医疗救助", "地方资金", "其他资金"), built.page()
                .select("table[data-table=funds] tbody th").stream().map(Element::text).toList());
        assertNull(built.page().selectFirst("section.result"));
        assertNull(built.page().selectFirst("[data-figure=total-score]"));
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    @Test
    void d30UnscoredTableOfSentencesReadForWhatTheyMeasure() throws IOException {
        Built built = build("d30", "wangcang", 2021, "essential-medicines");
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"), headings(table));
        assertEquals(List.of("1:产出指标", "2:数量指标", "2:质量指标", "1:效益指标", "2:社会效益指标"), groupCells(table));
        noExtraColumns(table, 3);
        assertEquals("实施乡镇社区基层医疗机构30个。", table.selectFirst("tbody tr").select("td").get(0).text());
        assertNull(built.page().selectFirst("section.result"));
        // 配备使用率 92% against ≥90% is met: nothing to say
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    @Test
    void d32ExecutionAgainstTheInitialBudgetCappedAtTheWeightWithItsMethodPrinted() throws IOException {
        Built built = build("d32", "taibai", 2021, "department-evaluation");
        Element funds = built.page().selectFirst("table[data-table=funds]");
        assertEquals(List.of("资金来源", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "得分", "得分计算方法"), headings(funds));
        assertEquals(List.of("年度资金总额", "基本支出", "项目支出", "其他"),
                funds.select("tbody th").stream().map(Element::text).toList());
        // 306 / 300 = 102%, × 10 = 10.2, at most the 分值: 10
        assertEquals(List.of("300", "306", "10", "10规则得分 10", "执行率*该指标分值，最高不得超过分值上限"),
                funds.selectFirst("tbody tr").select("td").stream().map(Element::text).toList());
        Element table = indicators(built.page());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分计算方法"),
                headings(table));
        noExtraColumns(table, 3);
        assertEquals("100", figure(built.page(), "total-score"));
        assertEquals(List.of(), findings(built, Severity.WARNING));
    }

    /** Merged level cells of every depth make a valid table: no row overlapping another, no column without a cell. */
    @Test
    void everyFixturePageIsValidHtml() throws Exception {
        ObjectMapper json = new ObjectMapper();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (String doc : List.of("d23", "d26", "d27", "d30", "d31", "d32", "d33", "d34", "d35", "d42")) {
            Path site = out.resolve(doc);
            assertFalse(new SiteBuilder(1).build(Path.of("src/test/resources/fixtures", doc, "content"), site).failed());
            try (Stream<Path> files = Files.walk(site.resolve("units"))) {
                for (Path page : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                    for (JsonNode message : json.readTree(validator.validate(page)).path("messages")) {
                        if (message.path("type").asText().equals("error")) {
                            errors.add(out.relativize(page) + ":" + message.path("lastLine").asText() + ": "
                                    + message.path("message").asText());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
    }
}
