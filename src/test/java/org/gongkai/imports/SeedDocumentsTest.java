package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The committed test documents (src/test/resources/import/, the seeds rebuilt) read by the reading
 * layer: every figure compared with the sample content it was transcribed into, cell by cell, found by
 * its place in the printed layout (row label, grid column), and the merged cells as the layout prints them.
 */
class SeedDocumentsTest {

    private static final Path FOLDER = Path.of("src/test/resources/import");
    private static final Path CONTENT = Path.of("content/units");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final DocumentReader reader = new DocumentReader(ImportLimits.DEFAULT, "");

    // ---- seed 004: the 决算公开表 workbook ----

    @Test
    void workbookSheetsHaveTheirTitlesNumbersUnitLinesAndHeadings() throws Exception {
        SourceDocument book = reader.read(FOLDER.resolve("seed-004-jiange-accounts-tables.xlsx"));

        assertEquals(SourceFormat.XLSX, book.format());
        assertEquals(List.of(), book.notices());
        List<String> titles = List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
                "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表",
                "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表");
        assertEquals(9, book.tables().size());
        for (int i = 0; i < 9; i++) {
            SourceTable table = book.tables().get(i);
            String sheet = String.format("公开%02d表", i + 1);
            assertEquals(sheet, table.sheet());
            assertEquals(List.of(titles.get(i), sheet, "编制单位：剑阁县医疗保障局", "单位：万元"), table.captions(), sheet);
            assertEquals("万元", table.moneyUnit(), sheet);
            assertTrue(table.rows().get(0).stream().allMatch(SourceCell::header), sheet + " first row is headings");
        }
    }

    @Test
    void workbookKeepsMergedHeadingCellsAndTakesTheColumnNumberRowAsHeadings() throws Exception {
        List<SourceTable> tables = reader.read(FOLDER.resolve("seed-004-jiange-accounts-tables.xlsx")).tables();

        SourceTable summary = tables.get(0);
        assertEquals(List.of("收入/1/3", "支出/1/3"), spans(summary.rows().get(0)));
        assertEquals(List.of("栏次", "", "1", "栏次", "", "2"), texts(summary.rows().get(2)));
        assertTrue(summary.rows().get(2).stream().allMatch(SourceCell::header), "栏次 row is a heading row, not figures");
        assertFalse(summary.rows().get(3).get(2).header(), "the first figures are not");

        SourceTable income = tables.get(1);
        assertEquals(List.of("项目/2/1", "本年收入合计/2/1", "财政拨款收入/1/3", "上级补助收入/2/1", "事业收入/2/1", "经营收入/2/1",
                "附属单位上缴收入/2/1", "其他收入/2/1"), spans(income.rows().get(0)));
        assertEquals(List.of("一般公共预算财政拨款/1/1", "政府性基金预算财政拨款/1/1", "国有资本经营预算财政拨款/1/1"),
                spans(income.rows().get(1)));
        assertEquals(new CellOrigin(2, "公开02表", 5, 3), income.rows().get(1).get(0).origin(), "under 财政拨款收入, sheet row 5, column C");

        SourceTable threePublic = tables.get(6);
        assertEquals(List.of("预算数/1/6", "决算数/1/6"), spans(threePublic.rows().get(0)));
        assertEquals(List.of("合计/2/1", "因公出国（境）费/2/1", "公务用车购置及运行维护费/1/3", "公务接待费/2/1",
                "合计/2/1", "因公出国（境）费/2/1", "公务用车购置及运行维护费/1/3", "公务接待费/2/1"), spans(threePublic.rows().get(1)));
        assertEquals(List.of("小计", "公务用车购置费", "公务用车运行维护费", "小计", "公务用车购置费", "公务用车运行维护费"),
                texts(threePublic.rows().get(2)));
        assertEquals(3, threePublic.rows().stream().filter(row -> row.get(0).header()).count());

        SourceTable stateCapital = tables.get(8);
        SourceCell note = stateCapital.rows().get(stateCapital.rows().size() - 1).get(0);
        assertEquals(4, note.colspan());
        assertTrue(note.text().startsWith("注："));
    }

    @Test
    void workbookFiguresEqualTheFinalAccountsContentFieldByField() throws Exception {
        List<SourceTable> tables = reader.read(FOLDER.resolve("seed-004-jiange-accounts-tables.xlsx")).tables();
        JsonNode accounts = yaml("jiange/2022/final-accounts.yaml");

        // income: 公开01表's 收入 side, 项目 in column A, 决算数 in column C
        Map<String, String> income = Map.of("general-budget", "一般公共预算财政拨款收入", "government-fund", "政府性基金预算财政拨款收入",
                "state-capital", "国有资本经营预算财政拨款收入", "superior-subsidy", "上级补助收入", "business", "事业收入",
                "operating", "经营收入", "affiliated", "附属单位上缴收入", "other", "其他收入");
        assertEquals(8, accounts.get("income").size());
        accounts.get("income").fields().forEachRemaining(field ->
                assertSame(field.getValue(), number(tables.get(0), income.get(field.getKey()), 1, 3), "income." + field.getKey()));
        assertSame(sum(accounts.get("income")), number(tables.get(0), "本年收入合计", 1, 3), "本年收入合计");

        // expenditure: 公开03表's 合计 row, each column found by its heading
        Map<String, String> expenditure = Map.of("basic", "基本支出", "project", "项目支出", "superior-remittance", "上缴上级支出",
                "operating", "经营支出", "affiliated-subsidy", "对附属单位补助支出");
        assertEquals(5, accounts.get("expenditure").size());
        SourceTable spending = tables.get(2);
        accounts.get("expenditure").fields().forEachRemaining(field -> assertSame(field.getValue(),
                number(spending, "合计", 1, column(spending, expenditure.get(field.getKey()))), "expenditure." + field.getKey()));
        assertSame(sum(accounts.get("expenditure")), number(spending, "合计", 1, column(spending, "本年支出合计")), "本年支出合计");

        // basic-expenditure: 公开06表, 人员经费合计 and 公用经费合计 each followed by its 决算数
        JsonNode basic = accounts.get("basic-expenditure");
        assertSame(basic.get("personnel"), number(tables.get(5), "人员经费合计", 1, 2), "basic-expenditure.personnel");
        assertSame(basic.get("public"), number(tables.get(5), "公用经费合计", 3, 4), "basic-expenditure.public");

        // three-public: 公开07表's one row of figures, 预算数 in columns A–F, 决算数 in G–L
        SourceTable threePublic = tables.get(6);
        List<SourceCell> figures = threePublic.rows().get(threePublic.rows().size() - 1);
        Map<String, Integer> columns = Map.of("abroad", 2, "vehicle-purchase", 4, "vehicle-operation", 5, "reception", 6);
        for (String side : List.of("budget", "actual")) {
            int offset = side.equals("budget") ? 0 : 6;
            JsonNode values = accounts.get("three-public").get(side);
            assertEquals(4, values.size());
            values.fields().forEachRemaining(field -> assertSame(field.getValue(),
                    at(figures, columns.get(field.getKey()) + offset).number(), "three-public." + side + "." + field.getKey()));
            assertSame(sum(values), at(figures, 1 + offset).number(), "three-public." + side + " 合计");
        }

        // general-budget: every 项 of 公开05表 by its name: 全年预算数, 基本支出, 项目支出
        SourceTable general = tables.get(4);
        int items = 0;
        for (JsonNode item : leaves(accounts.get("general-budget").get("subjects"))) {
            String name = item.get("name").asText();
            assertSame(item.get("budget"), number(general, name, 1, column(general, "全年预算数")), name + " budget");
            assertSame(item.get("basic"), number(general, name, 1, column(general, "基本支出")), name + " basic");
            assertSame(item.get("project"), number(general, name, 1, column(general, "项目支出")), name + " project");
            items++;
        }
        assertEquals(10, items);

        // government-fund: 公开08表's 合计 row
        JsonNode fund = accounts.get("government-fund");
        SourceTable fundTable = tables.get(7);
        assertSame(fund.get("income"), number(fundTable, "合计", 1, column(fundTable, "本年收入")), "government-fund.income");
        assertSame(fund.get("unclassified").get("project"), number(fundTable, "合计", 1, column(fundTable, "项目支出")),
                "government-fund.unclassified.project");
    }

    // ---- seed 000: the 自评表 as a Word file and as a saved CMS page ----

    @Test
    void wuhaiWordFileHasTheTitleAndTheSelfEvaluationTableWithTheContentsFigures() throws Exception {
        SourceDocument document = reader.read(FOLDER.resolve("seed-000-wuhai-self-evaluation.docx"));

        assertEquals(List.of(new Paragraph("附件4"), new Paragraph("乌海市医疗保障局转移支付整体绩效自评表"), new Paragraph("(2023年度)")),
                document.blocks().subList(0, 3));
        assertEquals(1, document.tables().size());
        assertWuhaiTable(document.tables().get(0), yaml("wuhai/2023/medical-service-capacity.yaml"));
        assertEquals(new Paragraph("注：1.该表由中央主管部门填写。"), document.blocks().get(4));
    }

    @Test
    void wuhaiPageGivesTheArticleOnlyWithItsMetadata() throws Exception {
        SourceDocument page = reader.read(FOLDER.resolve("seed-000-wuhai-cms-page.html"));
        JsonNode report = yaml("wuhai/2023/medical-service-capacity.yaml");

        assertEquals("WHYB-2024-000123", page.metadata().get("索引号"));
        assertEquals("乌海市医疗保障局", page.metadata().get("发布机构"));
        assertEquals("2024-06-28", page.metadata().get("发布日期"));
        assertEquals("无", page.metadata().get("文号"));
        assertEquals("2024-06-28", page.metadata().get("发布时间"), "the info bar's 发布时间 stops where 来源 starts");
        assertEquals("乌海市医疗保障局", page.metadata().get("来源"));
        assertEquals(new Heading(1, report.get("title").asText()), page.blocks().get(0));
        assertEquals(List.of(new Paragraph("附件4"), new Paragraph("乌海市医疗保障局转移支付整体绩效自评表"), new Paragraph("(2023年度)")),
                page.blocks().subList(1, 4));
        assertWuhaiTable(page.tables().get(0), report);
        assertEquals(1, page.tables().size());
        List<String> notes = new ArrayList<>();
        report.get("notes").forEach(note -> notes.add(note.asText()));
        List<Block> after = page.blocks().subList(5, page.blocks().size());
        assertEquals(notes.size(), after.size(), "the notes and nothing of the site after them: " + after);
        assertEquals(new Paragraph("注：1." + notes.get(0)), after.get(0));
        assertEquals(new Paragraph("5." + notes.get(4)), after.get(4));
        for (Block block : page.blocks()) {
            String text = block instanceof Paragraph p ? p.text() : block instanceof Heading h ? h.text() : "";
            for (String site : List.of("当前位置", "首页", "机构概况", "版权所有", "网站标识码", "分享到", "相关链接", "索引号", "字体")) {
                assertFalse(text.contains(site), "site furniture in the article: " + text);
            }
        }
    }

    private static void assertWuhaiTable(SourceTable table, JsonNode report) {
        List<List<SourceCell>> rows = table.rows();
        assertEquals(List.of("转移支付名称/1/2", "医疗服务与保障能力提升补助资金/1/7"), spans(rows.get(0)));
        assertEquals(List.of("中央主管部门/1/2", "国家医保局/1/7"), spans(rows.get(1)));

        // 资金投入情况: the label merged down its five rows, the figures under their headings
        SourceCell funds = rows.get(2).get(0);
        assertEquals("资金投入情况(万元)", funds.text());
        assertEquals(5, funds.rowspan());
        List<String> fundHeadings = List.of("年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A×100%)", "得分");
        assertEquals(fundHeadings, texts(rows.get(2)).subList(2, 8));
        JsonNode total = report.get("funds").get("total");
        List<SourceCell> totalRow = rows.get(3);
        assertEquals("年度资金总额：", totalRow.get(0).text());
        assertSame(total.get("initial"), at(totalRow, 4).number(), "funds.total.initial");
        assertSame(total.get("budget"), at(totalRow, 5).number(), "funds.total.budget");
        assertSame(total.get("executed"), at(totalRow, 6).number(), "funds.total.executed");
        assertSame(report.get("funds").get("weight"), at(totalRow, 7).number(), "funds.weight");
        assertEquals(total.get("stated-rate").asText(), at(totalRow, 8).text());
        assertSame(report.get("funds").get("score"), at(totalRow, 9).number(), "funds.score");
        JsonNode sources = report.get("funds").get("sources");
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            List<SourceCell> row = rows.get(4 + i);
            assertEquals(source.get("source").asText(), row.get(0).text());
            assertSame(source.get("initial"), at(row, 4).number(), "funds.sources[" + i + "].initial");
            assertSame(source.get("budget"), at(row, 5).number(), "funds.sources[" + i + "].budget");
            assertSame(source.get("executed"), at(row, 6).number(), "funds.sources[" + i + "].executed");
            assertEquals(source.has("stated-rate") ? source.get("stated-rate").asText() : "", at(row, 8).text());
        }

        // 资金管理情况: eight items, 分值 and 得分
        SourceCell management = rows.get(7).get(0);
        assertEquals("资金管理情况", management.text());
        assertEquals(9, management.rowspan());
        assertEquals("分值(40)", at(rows.get(7), 7).text());
        JsonNode items = report.get("management").get("items");
        for (int i = 0; i < items.size(); i++) {
            List<SourceCell> row = rows.get(8 + i);
            assertEquals(items.get(i).get("item").asText(), at(row, 2).text());
            assertEquals(items.get(i).get("description").asText(), at(row, 4).text());
            assertSame(items.get(i).get("weight"), at(row, 7).number(), "management[" + i + "].weight");
            assertSame(items.get(i).get("score"), at(row, 8).number(), "management[" + i + "].score");
        }

        // 总体情况
        assertEquals(List.of("总体情况/2/1", "总体目标/1/4", "全年实际完成情况/1/4"), spans(rows.get(16)));
        assertEquals(report.get("goals").get(0).get("actual").asText(), at(rows.get(17), 6).text());

        // 绩效指标: 一级/二级 merged down over their items, every item's figures
        SourceCell indicators = rows.get(18).get(0);
        assertEquals("绩效指标", indicators.text());
        assertEquals(13, indicators.rowspan());
        assertIndicators(rows, 18, 2, report);

        assertEquals(List.of("总分/1/6", "100/1/1", "99/1/1", "/1/1"), spans(rows.get(31)));
        assertEquals(List.of("说明/1/1", "无/1/8"), spans(rows.get(32)));
        assertEquals(33, rows.size());
    }

    // ---- seed 001 and seed 004: reports with their headings and 指标体系 tables ----

    @Test
    void nanjingWordFileHasTheReportsHeadingsAndItsIndicatorTable() throws Exception {
        SourceDocument document = reader.read(FOLDER.resolve("seed-001-nanjing-department-evaluation.docx"));
        JsonNode report = yaml("nanjing/2023/department-evaluation.yaml");

        assertEquals(new Paragraph(report.get("title").asText()), document.blocks().get(0));
        assertEquals(markdownHeadings("nanjing/2023/department-evaluation.md"), headings(document.blocks()));
        assertEquals(new Heading(1, "一、单位概况"), document.blocks().stream().filter(Heading.class::isInstance).findFirst().orElseThrow());
        assertEquals(1, document.tables().size());
        SourceTable table = document.tables().get(0);
        assertTrue(table.rows().get(0).stream().allMatch(SourceCell::header), "the repeated heading row");
        assertIndicators(table.rows(), 0, 1, report);
        List<SourceCell> total = table.rows().get(table.rows().size() - 1);
        assertEquals(List.of("合计/1/4", "100/1/1", "/1/1", "/1/1", "/1/1"), spans(total));
        assertSame(report.get("stated").get("weight"), total.get(1).number(), "stated.weight");
    }

    @Test
    void jiangeWordFileHasThePartsHeadingsAndBothSelfEvaluationTables() throws Exception {
        SourceDocument document = reader.read(FOLDER.resolve("seed-004-jiange-final-accounts.docx"));

        List<Heading> headings = headings(document.blocks());
        List<Heading> expected = new ArrayList<>(markdownHeadings("jiange/2022/final-accounts.md"));
        expected.addAll(markdownHeadings(Path.of("src/test/resources/seed-004-part2.md")));
        expected.add(new Heading(1, "第3部分 名词解释"));
        expected.add(new Heading(1, "第四部分 附 件"));
        expected.addAll(markdownHeadings("jiange/2022/department-evaluation.md"));
        expected.addAll(markdownHeadings("jiange/2022/medical-service-capacity.md"));
        assertEquals(expected, headings);
        assertTrue(document.blocks().contains(new Paragraph(
                "（十九）机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。")));
        assertEquals(2, document.tables().size());

        JsonNode department = yaml("jiange/2022/department-evaluation.yaml");
        List<List<SourceCell>> form = document.tables().get(0).rows();
        assertEquals(List.of("部门（单位）名称/1/2", "剑阁县医疗保障局/1/7"), spans(form.get(0)));
        assertEquals(List.of("年度主要任务/11/1", "年初任务目标/1/4", "实际完成目标/1/4"), spans(form.get(1)));
        assertEquals(department.get("tasks").get(9).get("actual").asText(), at(form.get(11), 6).text());
        List<SourceCell> funds = form.get(13);
        assertEquals(List.of("年度资金总额：/1/3", "6560.14/1/1", "6560.14/1/1", "10/1/1", "100%/1/1", "10/1/1"), spans(funds));
        assertSame(department.get("funds").get("total").get("budget"), at(funds, 5).number(), "funds.total.budget");
        assertEquals("其中：财政拨款", at(form.get(14), 2).text());
        int indicators = indexOf(form, "三级指标");
        assertEquals("年度绩效指标", form.get(indicators).get(0).text());
        assertIndicators(form, indicators, 2, department);

        JsonNode project = yaml("jiange/2022/medical-service-capacity.yaml");
        List<List<SourceCell>> system = document.tables().get(1).rows();
        assertEquals("项目决策(18分)", system.get(1).get(0).text());
        assertIndicators(system, 0, 1, project);
        assertEquals(1 + itemCount(project), system.size());
    }

    /**
     * The indicator rows after the heading row {@code at}: each item's 三级指标 in grid column
     * {@code first + 2} and its printed columns after it, equal to the YAML's; 一级 and 二级 cells merged
     * down over exactly their items.
     */
    private static void assertIndicators(List<List<SourceCell>> rows, int at, int first, JsonNode report) {
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("columns").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> column = it.next();
            keys.add(column.getKey());
            assertEquals(column.getValue().asText(), at(rows.get(at), first + 3 + keys.size() - 1).text(), "heading of " + column.getKey());
        }
        assertEquals(List.of("一级指标", "二级指标", "三级指标"),
                List.of(at(rows.get(at), first).text(), at(rows.get(at), first + 1).text(), at(rows.get(at), first + 2).text()));
        int r = at + 1;
        for (JsonNode group : report.get("indicators")) {
            SourceCell groupCell = at(rows.get(r), first);
            assertTrue(groupCell.text().startsWith(group.get("group").asText()), groupCell.text());
            assertEquals(itemCount(group), groupCell.rowspan(), "一级 " + groupCell.text() + " merged over its items");
            for (JsonNode subgroup : group.get("subgroups")) {
                SourceCell subgroupCell = at(rows.get(r), first + 1);
                assertEquals(subgroup.get("group").asText(), subgroupCell.text());
                assertEquals(subgroup.get("items").size(), subgroupCell.rowspan(), "二级 " + subgroupCell.text());
                for (JsonNode item : subgroup.get("items")) {
                    List<SourceCell> row = rows.get(r);
                    assertEquals(item.get("name").asText(), at(row, first + 2).text());
                    for (int k = 0; k < keys.size(); k++) {
                        SourceCell cell = at(row, first + 3 + k);
                        JsonNode value = item.get(keys.get(k));
                        if (keys.get(k).equals("weight") || keys.get(k).equals("score")) {
                            assertSame(value, cell.number(), item.get("name").asText() + " " + keys.get(k));
                        } else {
                            assertEquals(value == null ? "" : value.asText(), cell.text(), item.get("name").asText() + " " + keys.get(k));
                        }
                    }
                    r++;
                }
            }
        }
    }

    private static int itemCount(JsonNode node) {
        int count = 0;
        for (JsonNode group : node.has("indicators") ? node.get("indicators") : List.of(node)) {
            for (JsonNode subgroup : group.get("subgroups")) {
                count += subgroup.get("items").size();
            }
        }
        return count;
    }

    // ---- helpers ----

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(CONTENT.resolve(file).toFile());
    }

    /** The headings a content Markdown file prints: ## as level 1, ### as 2, #### as 3. */
    private static List<Heading> markdownHeadings(String file) throws IOException {
        return markdownHeadings(CONTENT.resolve(file));
    }

    private static List<Heading> markdownHeadings(Path file) throws IOException {
        List<Heading> headings = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            java.util.regex.Matcher heading = java.util.regex.Pattern.compile("(#{2,4}) (.+)").matcher(line.strip());
            if (heading.matches()) {
                headings.add(new Heading(heading.group(1).length() - 1, heading.group(2).strip()));
            }
        }
        return headings;
    }

    private static List<Heading> headings(List<Block> blocks) {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /** The cell of {@code row} whose grid column is {@code column} (from 1). */
    private static SourceCell at(List<SourceCell> row, int column) {
        Map<Integer, SourceCell> byColumn = new HashMap<>();
        for (SourceCell cell : row) {
            byColumn.put(cell.origin().column(), cell);
        }
        SourceCell cell = byColumn.get(column);
        assertNotNull(cell, "no cell starts at column " + column + " of " + texts(row));
        return cell;
    }

    /** The number in grid column {@code column} of the row whose cell in {@code labelColumn} reads {@code label}. */
    private static BigDecimal number(SourceTable table, String label, int labelColumn, int column) {
        Predicate<List<SourceCell>> labelled = row -> row.stream()
                .anyMatch(cell -> cell.origin().column() == labelColumn && cell.text().equals(label));
        List<List<SourceCell>> found = table.rows().stream().filter(labelled).toList();
        assertEquals(1, found.size(), "rows labelled " + label);
        return at(found.get(0), column).number();
    }

    /** The grid column of the heading cell reading {@code heading}. */
    private static int column(SourceTable table, String heading) {
        for (List<SourceCell> row : table.rows()) {
            for (SourceCell cell : row) {
                if (cell.header() && cell.text().equals(heading)) {
                    return cell.origin().column();
                }
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    private static int indexOf(List<List<SourceCell>> rows, String text) {
        for (int r = 0; r < rows.size(); r++) {
            if (texts(rows.get(r)).contains(text)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static List<JsonNode> leaves(JsonNode subjects) {
        List<JsonNode> leaves = new ArrayList<>();
        for (JsonNode subject : subjects) {
            if (subject.has("items")) {
                leaves.addAll(leaves(subject.get("items")));
            } else {
                leaves.add(subject);
            }
        }
        return leaves;
    }

    private static BigDecimal sum(JsonNode block) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode value : block) {
            total = total.add(value.decimalValue());
        }
        return total;
    }

    /** The YAML's figure and the cell's number are the same amount (a sheet shows 0 as 0.00). */
    private static void assertSame(JsonNode expected, BigDecimal actual, String what) {
        if (expected == null || expected.isNull()) {
            assertEquals(null, actual, what);
            return;
        }
        assertSame(expected.decimalValue(), actual, what);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertNotNull(actual, what + ": no number in the cell");
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but the document shows " + actual);
    }

    private static List<String> texts(List<SourceCell> row) {
        return row.stream().map(SourceCell::text).toList();
    }

    private static List<String> spans(List<SourceCell> row) {
        return row.stream().map(cell -> cell.text() + "/" + cell.rowspan() + "/" + cell.colspan()).toList();
    }
}
