package org.gongkai.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.Block;
import org.gongkai.imports.CellOrigin;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceCell;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceFormat;
import org.gongkai.imports.SourceTable;
import org.gongkai.load.Catalogue;
import org.gongkai.model.ReportKind;
import org.junit.jupiter.api.Test;

/** The mapping on source documents made in code: shapes the test files do not have, and tables as broken as a file can give. */
class DraftMapperTest {

    private final DraftMapper mapper = new DraftMapper(Catalogue.of(null));

    /** Cells of a row: {@code 文字}, {@code 文字|c2} (two columns), {@code 文字|r3} (three rows). */
    private static List<SourceCell> row(int table, int r, String... specs) {
        List<SourceCell> cells = new ArrayList<>();
        int c = 1;
        for (String spec : specs) {
            String text = spec;
            int rows = 1;
            int cols = 1;
            int bar = spec.lastIndexOf('|');
            if (bar >= 0) {
                text = spec.substring(0, bar);
                int n = Integer.parseInt(spec.substring(bar + 2));
                if (spec.charAt(bar + 1) == 'c') {
                    cols = n;
                } else {
                    rows = n;
                }
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                number = null;
            }
            cells.add(new SourceCell(text, rows, cols, false, number, new CellOrigin(table, null, r, c)));
            c += cols;
        }
        return cells;
    }

    private static SourceDocument document(String title, Block... blocks) {
        List<Block> all = new ArrayList<>();
        all.add(new Heading(1, title));
        all.addAll(List.of(blocks));
        return new SourceDocument("自评.html", SourceFormat.HTML, Map.of(), all, List.of());
    }

    private static Map<?, ?> parsed(Draft draft) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readValue(draft.reportYaml(), Map.class);
    }

    @Test
    void aFlatIndicatorListWithoutGroupColumns() throws Exception {
        SourceTable table = new SourceTable(1, null, List.of("部门整体绩效自评表"), null, List.of(
                row(1, 2, "指标名称", "计量单位", "年初指标值", "调整指标值", "全年完成值", "指标权重（分）", "指标得分（分）", "是否核心指标"),
                row(1, 3, "预算完成率", "%", "100", "95", "98", "15", "15", "是"),
                row(1, 4, "政府采购执行率", "%", "100", "100", "96", "5", "3", "否"),
                row(1, 5, "总分", "", "", "", "", "20", "18", "")));

        Draft draft = mapper.map(List.of(document("己县医疗保障局2023年度部门整体绩效自评报告", table)), DraftHints.none());

        assertEquals(ReportKind.DEPARTMENT_EVALUATION, draft.kind());
        Map<?, ?> yaml = parsed(draft);
        assertEquals(Map.of("unit", "计量单位", "initial-target", "年初指标值", "target", "调整指标值", "actual", "全年完成值",
                "weight", "指标权重（分）", "score", "指标得分（分）", "core", "是否核心指标"), yaml.get("columns"));
        List<?> flat = (List<?>) yaml.get("flat-indicators");
        assertEquals(2, flat.size());
        assertEquals(Map.of("name", "政府采购执行率", "unit", "%", "initial-target", "100", "target", "100", "actual", "96",
                "weight", 5, "score", 3, "core", "否"), flat.get(1));
        assertEquals(Map.of("weight", 20, "total", 18), yaml.get("stated"));
        assertTrue(draft.reportYaml().contains("    weight: 5  # 来源：自评.html 表1 第4行 第6列\n"), draft.reportYaml());
    }

    @Test
    void aTotalPrintedAmongTheBasicInformationIsTheStatedTotal() throws Exception {
        SourceTable table = new SourceTable(1, null, List.of("部门整体绩效自评表"), null, List.of(
                row(1, 1, "主管部门", "某区卫生健康委员会", "财政处室", "社保处"),
                row(1, 2, "自评总分（分）", "95.5", "部门联系人", "张三"),
                row(1, 3, "指标名称", "计量单位", "年初指标值", "全年完成值", "指标权重（分）", "指标得分（分）"),
                row(1, 4, "预算完成率", "%", "100", "98", "15", "15"),
                row(1, 5, "政府采购执行率", "%", "100", "96", "5", "3")));

        Draft draft = mapper.map(List.of(document("己县医疗保障局2023年度部门整体绩效自评报告", table)), DraftHints.none());

        Map<?, ?> yaml = parsed(draft);
        assertEquals(Map.of("total", 95.5), yaml.get("stated"));
        assertTrue(draft.reportYaml().contains("  total: 95.5  # 来源：自评.html 表1 第2行 第2列\n"), draft.reportYaml());
        assertEquals(List.of(Map.of("label", "主管部门", "value", "某区卫生健康委员会"), Map.of("label", "财政处室", "value", "社保处"),
                Map.of("label", "自评总分（分）", "value", "95.5"), Map.of("label", "部门联系人", "value", "张三")), yaml.get("header"),
                "kept as printed too");
    }

    @Test
    void aMoneyUnitNamedOnlyInAHeadingCell() throws Exception {
        SourceTable table = new SourceTable(1, null, List.of(), null, List.of(
                row(1, 1, "资金投入情况（元）|r3", "", "全年预算数", "全年执行数", "分值", "得分"),
                row(1, 2, "年度资金总额", "120000", "108000", "10", "9"),
                row(1, 3, "其中：中央财政资金", "120000", "108000", "", "")));

        Draft draft = mapper.map(List.of(document("辛县医疗保障局2023年度项目支出绩效自评表", table)), DraftHints.none());

        assertEquals("元", draft.moneyUnit());
        assertEquals(List.of(), draft.notices());
        Map<?, ?> funds = (Map<?, ?>) parsed(draft).get("funds");
        assertEquals("资金投入情况", funds.get("label"));
        assertEquals(Map.of("source", "年度资金总额", "budget", 120000, "executed", 108000), funds.get("total"));
        assertEquals("项目支出", parsed(draft).get("funding"));
    }

    @Test
    void brokenTablesAreKeptAsCustomTablesAndTheDraftStaysYaml() throws Exception {
        List<Block> tables = List.of(
                new SourceTable(1, null, List.of(), null, List.of()),
                new SourceTable(2, null, List.of(), null, List.of(row(2, 1, "只有一格"))),
                new SourceTable(3, null, List.of(), null, List.of(
                        row(3, 1, "甲|r9", "乙|c5"),
                        row(3, 2, "1", "2"),
                        row(3, 3, "# 注释: 值", "\"引号\"", "a\\b"))),
                new SourceTable(4, null, List.of("收入决算表"), "单位：万元", List.of(
                        row(4, 1, "项目", "金额"),
                        row(4, 2, "一般公共预算财政拨款收入", "十二"))),
                new SourceTable(5, null, List.of("一般公共预算财政拨款支出决算表"), null, List.of(
                        row(5, 1, "科目名称", "基本支出", "项目支出"),
                        row(5, 2, "卫生健康支出", "0", "0"),
                        row(5, 3, "行政运行", "0", "0"),
                        row(5, 4, "医疗救助", "5", "x"))));
        SourceDocument document = document("庚县医疗保障局2022年度部门决算", tables.toArray(Block[]::new));

        Draft draft = mapper.map(List.of(document), DraftHints.none());

        Map<?, ?> yaml = parsed(draft);
        List<?> entries = (List<?>) yaml.get("tables");
        assertEquals(4, entries.size(), draft.reportYaml());
        assertEquals(List.of("自评.html 表1：表中没有内容，没有导入",
                "general-budget：原表没有印科目编码，类、款、项按金额的合计关系推断（一行等于其下各行之和即为其上级），请核对"), draft.notices());
        assertEquals(List.of("自评.html 表2", "自评.html 表3", "收入决算表", "一般公共预算财政拨款支出决算表"),
                entries.stream().map(e -> ((Map<?, ?>) e).get("title")).toList());
        assertEquals(List.of("t1", "t2", "t3", "t4"), entries.stream().map(e -> ((Map<?, ?>) e).get("id")).toList());
        Map<?, ?> third = (Map<?, ?>) entries.get(1);
        assertEquals(List.of(List.of("甲", Map.of("text", "乙", "cols", 5))), third.get("header"), "甲 merged down past the header stops at it");
        assertEquals(List.of(Map.of("c2", "# 注释: 值", "c3", "\"引号\"", "c4", "a\\b")), ((List<?>) third.get("rows")).subList(1, 2));
        assertEquals(List.of("income", "general-budget"), entries.subList(2, 4).stream().map(e -> ((Map<?, ?>) e).get("kind")).toList());
        assertEquals(null, yaml.get("income"), "十二 is no figure");
        assertEquals(List.of(Map.of("name", "卫生健康支出", "basic", 0, "project", 0), Map.of("name", "行政运行", "basic", 0, "project", 0),
                Map.of("name", "医疗救助", "basic", 5)), ((Map<?, ?>) yaml.get("general-budget")).get("subjects"));
        assertEquals(List.of("庚县医疗保障局2022年度部门决算 表4 第2行 第2列：十二（income.general-budget）",
                "庚县医疗保障局2022年度部门决算 表5 第4行 第3列：x（general-budget.project）"),
                draft.unread().stream().map(u -> u.place().replace("自评.html", "庚县医疗保障局2022年度部门决算") + "：" + u.text() + "（" + u.field() + "）").toList());
    }

    /** A 金额单位：万元 line between a table's title and the table is a unit line (as 单位：万元 is), not the title. */
    @Test
    void aTableUnderItsTitleAndAJinEUnitLine() throws Exception {
        SourceTable income = new SourceTable(1, null, List.of(), null, List.of(
                row(1, 1, "项目", "金额"),
                row(1, 2, "一般公共预算财政拨款收入", "100.00")));
        Draft draft = mapper.map(List.of(document("庚县医疗保障局2022年度部门决算",
                new Paragraph("收入决算表"), new Paragraph("金额单位：万元"), income)), DraftHints.none());

        Map<?, ?> yaml = parsed(draft);
        assertEquals(List.of("income"), ((List<?>) yaml.get("tables")).stream().map(e -> ((Map<?, ?>) e).get("kind")).toList(),
                draft.reportYaml());
        assertEquals(100.0, ((Number) ((Map<?, ?>) yaml.get("income")).get("general-budget")).doubleValue());
        assertFalse(draft.markdown().contains("金额单位"), draft.markdown());
    }

    /** A 合计 under the 资金管理情况 is that section's sum, not the evaluation's total. */
    @Test
    void aManagementSumIsNotTheStatedTotal() throws Exception {
        SourceTable table = new SourceTable(1, null, List.of("项目支出绩效自评表"), null, List.of(
                row(1, 1, "资金管理情况", "情况说明", "分值", "得分", "存在问题和改进措施"),
                row(1, 2, "分配科学性", "按因素法分配", "20", "20", ""),
                row(1, 3, "使用规范性", "专款专用", "20", "18", "个别支出手续不全"),
                row(1, 4, "合计", "", "40", "38", "")));
        Draft draft = mapper.map(List.of(document("癸县医疗保障局2023年度项目支出绩效自评表", table)), DraftHints.none());

        assertEquals(null, parsed(draft).get("stated"), draft.reportYaml());
    }

    /** An empty table's note is taken as printed, whatever words say it is empty, not replaced by 本表无数据。 */
    @Test
    void anEmptyTablesNoteAsPrinted() throws Exception {
        SourceTable capital = new SourceTable(1, null, List.of("国有资本经营预算财政拨款支出决算表"), "单位：万元", List.of(
                row(1, 1, "项目", "本年支出"),
                row(1, 2, "该单位2022年度不涉及国有资本经营预算财政拨款支出。|c2")));
        Draft draft = mapper.map(List.of(document("庚县医疗保障局2022年度部门决算", capital)), DraftHints.none());

        Map<?, ?> entry = (Map<?, ?>) ((List<?>) parsed(draft).get("tables")).get(0);
        assertEquals("state-capital", entry.get("kind"), draft.reportYaml());
        assertEquals("该单位2022年度不涉及国有资本经营预算财政拨款支出。", entry.get("empty"));
    }

    /** A project 指标体系 (一级/二级/三级, 分值, 得分) of two indicators, as table {@code number}. */
    private static SourceTable indicatorSystem(int number) {
        return new SourceTable(number, null, List.of(), null, List.of(
                row(number, 1, "一级指标", "二级指标", "三级指标", "标准值", "实际值", "分值", "自评得分"),
                row(number, 2, "产出指标|r2", "数量指标|r2", "检查覆盖率", "100%", "100%", "50", "50"),
                row(number, 3, "宣传次数", "≥1次", "3次", "50", "48")));
    }

    @Test
    void whatAnIndicatorSystemIsOfAsItsTitleLinePrintsIt() throws Exception {
        Draft oneLine = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("附件：绩效评价指标体系及评价得分情况"),
                new Paragraph("医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）绩效评价指标体系"), indicatorSystem(1))), DraftHints.none());
        Draft twoLines = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("附件"), new Paragraph("医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）"),
                new Paragraph("绩效评价指标体系"), indicatorSystem(1))), DraftHints.none());
        Draft bare = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("附件"), new Paragraph("指标体系"), indicatorSystem(1))), DraftHints.none());
        Draft labelled = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("六、有关建议及整改措施"), new Paragraph("绩效评价指标体系"), indicatorSystem(1))), DraftHints.none());
        Draft word = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("附件：绩效评价指标体系"), indicatorSystem(1))), DraftHints.none());
        Draft named = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new SourceTable(1, null, List.of(), null, List.of(row(1, 1, "项目名称", "医疗保障服务能力提升"))),
                new Paragraph("医疗服务与保障能力提升补助资金绩效评价指标体系"), indicatorSystem(2))), DraftHints.none());

        List<?> expected = List.of(Map.of("label", "项目名称", "value", "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）"));
        assertEquals(expected, parsed(oneLine).get("header"), oneLine.reportYaml());
        assertEquals(expected, parsed(twoLines).get("header"), twoLines.reportYaml());
        assertEquals(null, parsed(bare).get("header"), "附件 is no name");
        assertEquals(null, parsed(labelled).get("header"), "a heading is no name");
        assertEquals(null, parsed(word).get("header"), "附件： is no name");
        assertEquals(List.of(Map.of("label", "项目名称", "value", "医疗保障服务能力提升")), parsed(named).get("header"),
                "the 项目名称 the table prints is kept: " + named.reportYaml());
    }

    @Test
    void theTitlePrintedOverTheFormIsItsTableTitleAndLeavesTheNarrative() throws Exception {
        SourceTable form = new SourceTable(1, null, List.of(), null, List.of(
                row(1, 1, "部门（单位）名称", "癸县医疗保障局"),
                row(1, 2, "预算执行情况（万元）|r2", "", "全年预算数（A）", "全年执行数（B）", "分值", "得分"),
                row(1, 3, "年度资金总额：", "100", "100", "10", "10")));
        Draft draft = mapper.map(List.of(document("2023年癸县医疗保障局部门整体支出绩效自评报告",
                new Paragraph("一、评价结论"), new Paragraph("整体支出达到了预期的绩效目标。"),
                new Paragraph("附表：部门预算项目支出绩效自评表（2022年度）"), new Paragraph("2022年度部门整体支出绩效目标自评表"), form)),
                DraftHints.none());
        Draft section = mapper.map(List.of(document("2023年癸县医疗保障局部门整体支出绩效自评报告",
                new Paragraph("资金投入情况"), new SourceTable(1, null, List.of(), null, List.of(
                        row(1, 1, "预算执行情况（万元）|r2", "", "全年预算数（A）", "全年执行数（B）", "分值", "得分"),
                        row(1, 2, "年度资金总额：", "100", "100", "10", "10"))))), DraftHints.none());

        assertEquals("2022年度部门整体支出绩效目标自评表", parsed(draft).get("table-title"), draft.reportYaml());
        assertEquals("一、评价结论\n\n整体支出达到了预期的绩效目标。\n\n附表：部门预算项目支出绩效自评表（2022年度）\n", draft.markdown());
        assertEquals(null, parsed(section).get("table-title"), "a section's title is no 自评表's");
    }

    @Test
    void fundingAsTheReportsTextNamesTheMoneyItEvaluates() throws Exception {
        Draft transfer = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("六、有关建议及整改措施"),
                new Paragraph("绩效自评结果体现了年度专项资金转移支付的使用情况和发挥的效益。"), indicatorSystem(1))), DraftHints.none());
        Draft both = mapper.map(List.of(document("壬县医疗保障局2022年医疗保障服务能力提升专项资金绩效评价报告",
                new Paragraph("资金由上级转移支付资金和本级项目支出安排。"), indicatorSystem(1))), DraftHints.none());
        Draft header = mapper.map(List.of(document("壬县医疗保障局2022年医疗救助补助资金绩效目标自评表",
                new SourceTable(1, null, List.of(), null, List.of(row(1, 1, "转移支付（项目）名称", "医疗救助补助资金"))), indicatorSystem(2))),
                DraftHints.none());

        assertEquals("转移支付", parsed(transfer).get("funding"));
        assertTrue(transfer.reportYaml().contains("funding: \"转移支付\"  # 来源：自评.html 正文“绩效自评结果体现了年度专项资金转移支付的使用情况和发挥的效益”\n"),
                transfer.reportYaml());
        assertTrue(transfer.notices().contains("从报告的文字读出：funding 转移支付（来源：自评.html 正文“绩效自评结果体现了年度专项资金转移支付的使用情况和发挥的效益”）"
                + "（请与原文核对）"), transfer.notices().toString());
        assertEquals(null, parsed(both).get("funding"), "a text naming both decides nothing");
        assertEquals("转移支付", parsed(header).get("funding"));
    }
}
