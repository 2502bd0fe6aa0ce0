package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents of the real-document research note (/work/shared/research/real-documents.md), each a small
 * content folder under src/test/resources/fixtures/&lt;doc&gt;/ built from its recorded structure with
 * made-up figures: the page shows exactly the recorded tables, in order, under their printed titles,
 * with their printed column headings and row labels, and a deliberate inconsistency is found at its
 * file:line:column.
 */
class TableFixturesTest {

    @TempDir
    Path out;

    private record Built(Document page, Path folder, List<Diagnostic> diagnostics) {
    }

    private Built build(String doc, String unit, int year) throws IOException {
        Path content = Path.of("src/test/resources/fixtures", doc, "content");
        BuildResult result = new SiteBuilder(1).build(content, out);
        assertFalse(result.failed(), result.diagnostics()::toString);
        Path folder = out.resolve("units/" + unit + "/" + year + "/final-accounts");
        return new Built(Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8"), folder, result.diagnostics());
    }

    /** The captions of the page's 决算公开表, in order, without the 单位 line and download link. */
    private static List<String> captions(Document page) {
        return page.select("section.tables table > caption").stream().map(Element::ownText).toList();
    }

    private static Element table(Document page, String key) {
        return page.selectFirst("table[data-table=" + key + "]");
    }

    /** Header rows as printed: each row's cell texts, with their merged cells' spans. */
    private static List<String> header(Element table) {
        return table.select("thead tr").stream().map(tr -> String.join("|", tr.select("th").stream()
                .map(th -> th.text() + (th.hasAttr("colspan") ? "/c" + th.attr("colspan") : "")
                        + (th.hasAttr("rowspan") ? "/r" + th.attr("rowspan") : ""))
                .toList())).toList();
    }

    private static List<String> rowLabels(Element table) {
        return table.select("tbody th[scope=row]").stream().map(Element::text).toList();
    }

    private static List<Diagnostic> tableFindings(Built built) {
        return built.diagnostics().stream().filter(d -> d.rule().startsWith("table.")).toList();
    }

    @Test
    void d01YunnanElevenTablesWithProjectAndThreePublicOperatingTables() throws IOException {
        Built built = build("d01", "longyang", 2024);
        assertEquals(List.of("一 收入支出决算表", "二 收入决算表", "三 支出决算表", "四 财政拨款收入支出决算表",
                "五 一般公共预算财政拨款收入支出决算表", "六 一般公共预算财政拨款基本支出决算表", "七 一般公共预算财政拨款项目支出决算表",
                "八 政府性基金预算财政拨款收入支出决算表", "九 国有资本经营预算财政拨款收入支出决算表",
                "十 财政拨款“三公”经费、行政参公单位机关运行经费情况表", "十一 一般公共预算财政拨款“三公”经费情况表"),
                tablesUnder(built.page(), "第二部分 2024年度部门决算表"));
        Element project = table(built.page(), "t07");
        assertEquals(List.of("项目/c2|本年支出/r2", "科目编码|科目名称"), header(project));
        assertEquals(List.of("合计", "卫生健康支出", "医疗保障管理事务", "其他医疗保障管理事务支出"), rowLabels(project));
        Element operating = table(built.page(), "t10");
        assertEquals(List.of("项目|预算数|决算数"), header(operating));
        assertEquals(List.of("“三公”经费合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费",
                "公务接待费", "机关运行经费"), rowLabels(operating));
        assertTrue(table(built.page(), "government-fund").text().contains("故本表无数据"), "the printed empty-table note");
        assertEquals("\uFEFF项目,项目,本年支出\r\n科目编码,科目名称,本年支出\r\n,合计,200\r\n210,卫生健康支出,200\r\n"
                + "21015,医疗保障管理事务,200\r\n2101599,其他医疗保障管理事务支出,200\r\n",
                Files.readString(built.folder().resolve("t07.csv"), StandardCharsets.UTF_8), "merged header cells repeated in the CSV");
        assertTrue(Files.readString(built.folder().resolve("data.json")).contains("一般公共预算财政拨款项目支出决算表"));
        assertEquals(List.of(), tableFindings(built));
    }

    /** The page's part headings in order, each with its depth: "2 第一部分 部门概况". */
    private static List<String> partHeadings(Document page) {
        return page.select("section.part > h2, section.part > h3, section.part > h4").stream()
                .map(h -> h.tagName().substring(1) + " " + h.text()).toList();
    }

    /** The tables placed directly in the part with this heading, by caption. */
    private static List<String> tablesUnder(Document page, String heading) {
        Element part = page.select("section.part").stream()
                .filter(p -> p.child(0).text().equals(heading)).findFirst().orElseThrow();
        return part.select("> div.table-wrap > table > caption").stream().map(Element::ownText).toList();
    }

    @Test
    void d01PartsInTheDocumentsOrderTablesBeforeTheFourExplanations() throws IOException {
        Document page = build("d01", "longyang", 2024).page();
        assertEquals(List.of("2 第一部分 部门概况", "3 一、主要职责", "3 二、基本情况", "3 三、重点工作概述", "2 第二部分 2024年度部门决算表",
                "2 第三部分 2024年度部门决算情况说明", "3 一、收入决算情况说明", "3 二、支出决算情况说明", "3 三、一般公共预算财政拨款支出决算情况说明",
                "3 四、财政拨款“三公”经费支出决算情况说明", "2 第四部分 其他重要事项及相关口径情况说明", "3 一、机关运行经费支出情况",
                "3 二、国有资产占用情况", "3 三、政府采购支出情况", "3 四、部门绩效自评情况", "3 五、其他重要事项情况说明", "3 六、相关口径说明",
                "2 第五部分 名词解释"), partHeadings(page));
        assertEquals(11, tablesUnder(page, "第二部分 2024年度部门决算表").size());
        assertEquals(captions(page).size(), 0, "no standard “部门决算公开表” section besides the parts");
        Element income = page.select("section.part").stream().filter(p -> p.child(0).text().equals("一、收入决算情况说明"))
                .findFirst().orElseThrow();
        assertTrue(income.selectFirst("[data-section=income]").text().contains("2024年本年收入合计500万元"), income.text());
        assertTrue(page.select("[data-section=overview]").isEmpty(), "only the 说明 sections the document has");
        assertTrue(page.select("#explanation-heading, #tables-heading, #other-heading").isEmpty(), "gongkai's outline is not used");
        assertEquals("机关运行经费", page.select("dl.glossary dt").get(1).text());
        assertEquals("本部门内设机构4个。", page.selectFirst("#part-0-1 .unit-written").text());
    }

    @Test
    void d12ExplanationsBeforeTheTables() throws IOException {
        Document page = build("d12", "qinzhou", 2021).page();
        List<String> top = partHeadings(page).stream().filter(h -> h.startsWith("2 ")).toList();
        assertEquals(List.of("2 第一部分 钦州市医疗保障局概况", "2 第二部分 2021年度部门决算情况说明", "2 第三部分 2021年度部门决算报表",
                "2 第四部分 其他重要事项的情况说明", "2 第五部分 名词解释"), top);
        assertEquals(9, tablesUnder(page, "第三部分 2021年度部门决算报表").size());
        List<String> sections = page.select("[data-section]").stream().map(e -> e.attr("data-section")).toList();
        assertEquals(List.of("overview", "general-budget", "basic", "government-fund", "state-capital", "three-public", "glossary"),
                sections);
        String html = page.html();
        assertTrue(html.indexOf("第二部分 2021年度部门决算情况说明") < html.indexOf("表一 收入支出决算总表"), "说明 before 报表");
    }

    @Test
    void d17TablesAsAttachedTablesAtTheEnd() throws IOException {
        Document page = build("d17", "quxian", 2024).page();
        List<String> top = partHeadings(page).stream().filter(h -> h.startsWith("2 ")).toList();
        assertEquals(List.of("2 第一部分 部门概况", "2 第二部分 2024年度部门决算情况说明", "2 第三部分 名词解释", "2 第四部分 附件",
                "2 第五部分 附表"), top);
        assertEquals(13, tablesUnder(page, "第五部分 附表").size());
        assertEquals(10, page.select("div.explanation-section").size());
    }

    @Test
    void d07IncomeByFunctionAndByUnitAndTheInconsistentTotalFound() throws IOException {
        Built built = build("d07", "tianjin", 2022);
        assertEquals(List.of("一 收入支出决算总表", "二 收入决算表(按功能分类列示)", "三 收入决算表(按单位列示)", "四 支出决算表",
                "五 财政拨款收入支出决算总表", "六 一般公共预算财政拨款支出决算表", "七 一般公共预算财政拨款基本支出决算表",
                "八 政府性基金预算财政拨款收入支出决算表", "九 国有资本经营预算财政拨款收入支出决算表",
                "十 一般公共预算财政拨款“三公”经费支出决算表", "十一 项目支出决算表"), captions(built.page()));
        Element byUnit = table(built.page(), "t03");
        assertEquals(List.of("单位名称|本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入"), header(byUnit));
        assertEquals(List.of("合计", "天津市医疗保障局（本级）", "天津市医疗保障基金管理中心"), rowLabels(byUnit));
        Element derived = byUnit.selectFirst("tbody tr td.derived");
        assertEquals("800", derived.text(), "the blank 财政拨款收入 合计 is the sum of the units, marked as derived");
        assertEquals("gongkai 计算", derived.attr("title"), "with the one mark every derived figure has");
        Element bySubject = table(built.page(), "t02");
        assertEquals(List.of("项目/c2|本年收入合计/r2|财政拨款收入/r2|上级补助收入/r2|事业收入/r2|经营收入/r2|附属单位上缴收入/r2|其他收入/r2",
                "科目编码|科目名称"), header(bySubject));
        assertTrue(table(built.page(), "state-capital").text().contains("关于空表的说明"));
        List<Diagnostic> found = tableFindings(built);
        assertEquals(1, found.size(), found::toString);
        Diagnostic sum = found.get(0);
        assertEquals("table.sum", sum.rule());
        assertEquals("src/test/resources/fixtures/d07/content/units/tianjin/2022/final-accounts.yaml:46:28",
                sum.position().toString());
        assertEquals("tables[2].rows[0].total", sum.path());
        assertTrue(sum.message().contains("计算值为 800，表中写为 810"), sum.message());
    }

    @Test
    void d12NineTablesNumberedAsPrinted() throws IOException {
        Built built = build("d12", "qinzhou", 2021);
        assertEquals(List.of("表一 收入支出决算总表", "表二 收入决算表", "表三 支出决算表", "表四 财政拨款收入支出决算总表",
                "表五 一般公共预算财政拨款支出决算表", "表六 一般公共预算财政拨款基本支出决算表",
                "表七 一般公共预算财政拨款“三公”经费支出决算表", "表八 政府性基金预算财政拨款收入支出决算表",
                "表九 国有资本经营预算财政拨款支出决算表"), tablesUnder(built.page(), "第三部分 2021年度部门决算报表"));
        assertEquals(List.of("科目编码/r2|科目名称/r2|全年预算数/r2|本年支出/c3|完成预算%/r2|占比/r2", "合计|基本支出|项目支出"),
                header(table(built.page(), "general-budget")));
        assertEquals(List.of("卫生健康支出（类）", "医疗保障管理事务（款）", "行政运行（项）", "其他医疗保障管理事务支出（项）"),
                rowLabels(table(built.page(), "general-budget")));
    }

    @Test
    void d13EightTablesWithoutStateCapital() throws IOException {
        Built built = build("d13", "rongshui", 2019);
        assertEquals(List.of("表一 收入支出决算总表", "表二 收入决算表", "表三 支出决算表", "表四 财政拨款收入支出决算总表",
                "表五 一般公共预算财政拨款支出决算表", "表六 一般公共预算财政拨款基本支出决算表",
                "表七 一般公共预算财政拨款“三公”经费支出决算表", "表八 政府性基金预算财政拨款收入支出决算表"),
                captions(built.page()));
        assertTrue(built.page().select("table[data-table=state-capital]").isEmpty(), "no 国有资本经营 table");
        assertFalse(Files.exists(built.folder().resolve("state-capital.csv")), "and no download of it");
    }

    @Test
    void d15ThreePublicWithMeetingsAndTrainingAndADerivedRow() throws IOException {
        Built built = build("d15", "qingjian", 2019);
        assertEquals(List.of("收入支出决算总表", "收入决算总表", "支出决算总表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表",
                "政府性基金预算财政拨款收入支出决算表"), captions(built.page()));
        Element meetings = table(built.page(), "t7");
        assertEquals(List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
                "会议费", "培训费"), rowLabels(meetings));
        assertEquals("公务用车购置及运行维护费 2 1.5", meetings.select("tbody tr").get(2).text());
        assertEquals(2, meetings.select("tbody tr").get(2).select("td.derived").size());
        assertTrue(built.page().select("table[data-table=three-public]").isEmpty(), "no separate “三公” table");
        assertEquals(List.of(), tableFindings(built));
    }

    @Test
    void d17ThirteenSichuanTablesWithTwoDetailTablesAndACustomOne() throws IOException {
        Built built = build("d17", "quxian", 2024);
        assertEquals(List.of("表1 收入支出决算总表", "表2 收入决算表", "表3 支出决算表", "表4 财政拨款收入支出决算总表", "表5 财政拨款支出决算明细表",
                "表6 一般公共预算财政拨款支出决算表", "表7 一般公共预算财政拨款支出决算明细表", "表8 一般公共预算财政拨款基本支出决算明细表",
                "表9 一般公共预算财政拨款项目支出决算表", "表10 政府性基金预算财政拨款收入支出决算表", "表11 国有资本经营预算财政拨款收入支出决算表",
                "表12 国有资本经营预算财政拨款支出决算表", "表13 财政拨款“三公”经费支出决算表"), tablesUnder(built.page(), "第五部分 附表"));
        Element detail = table(built.page(), "t05");
        assertEquals(List.of("项目/c2|合计/r2|基本支出/c2|项目支出/r2", "科目编码|科目名称|人员经费|公用经费"), header(detail));
        assertEquals(List.of("合计", "卫生健康支出", "医疗保障管理事务", "行政运行", "其他医疗保障管理事务支出"), rowLabels(detail));
        assertEquals(rowLabels(detail), rowLabels(table(built.page(), "t07")));
        assertEquals(List.of("科目名称|决算数|占比"), header(table(built.page(), "basic")), "a built-in table under its printed headings");
        assertEquals("本单位无国有资本经营预算财政拨款收支，此表为空。", table(built.page(), "t11").selectFirst("td.empty").text());
        assertEquals(List.of(), tableFindings(built));
    }

    @Test
    void d25AnEvaluationReportsPartsWithItsOwnTablePlaced() throws IOException {
        BuildResult result = new SiteBuilder(1).build(Path.of("src/test/resources/fixtures/d25/content"), out);
        assertFalse(result.failed(), result.diagnostics()::toString);
        Path folder = out.resolve("units/linhe/2023/medical-assistance");
        Document page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("2 一、基本情况", "3 （一）转移支付概况", "3 （二）整体绩效目标情况", "2 二、综合评价结论"), partHeadings(page));
        assertEquals(List.of("资金到位及使用情况"), tablesUnder(page, "（一）转移支付概况"));
        assertEquals(List.of("合计", "中央资金", "自治区资金"), rowLabels(table(page, "funding")));
        assertEquals("\uFEFF资金来源,到位资金,使用资金\r\n合计,600,580\r\n中央资金,500,490\r\n自治区资金,100,90\r\n",
                Files.readString(folder.resolve("funding.csv"), StandardCharsets.UTF_8));
        String html = page.html();
        assertTrue(html.indexOf("二、综合评价结论") < html.indexOf("aria-label=\"自评表\""), "the report's parts before its 自评表");
        assertEquals(1, page.select("table[data-table=funding]").size(), "placed once, not repeated after the 自评表");
    }

    @Test
    void d05HunanNineTablesWithABasicDetailTableAndFourteenExplanations() throws IOException {
        Built built = build("d05", "xiangtan", 2023);
        Document page = built.page();
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
                "财政拨款“三公”经费支出决算表"), tablesUnder(page, "第二部分 2023年度部门决算表"));
        assertEquals(List.of("2 第一部分 湘潭市医疗保障局概况", "3 一、部门职责", "3 二、机构设置及决算单位构成", "2 第二部分 2023年度部门决算表",
                "2 第三部分 2023年度部门决算情况说明", "3 一、收入支出决算总体情况说明", "3 二、收入决算情况说明", "3 三、支出决算情况说明",
                "3 四、财政拨款收入支出决算总体情况说明", "3 五、一般公共预算财政拨款支出决算情况说明",
                "3 六、一般公共预算财政拨款基本支出决算情况说明", "3 七、财政拨款三公经费支出决算情况说明", "3 八、政府性基金预算收入支出决算情况",
                "3 九、国有资本经营预算财政拨款支出决算情况", "3 十、关于机关运行经费支出说明", "3 十一、一般性支出情况",
                "3 十二、关于政府采购支出说明", "3 十三、关于国有资产占用情况说明", "3 十四、关于2023年度预算绩效情况的说明", "2 第四部分 名词解释",
                "2 第五部分 附件"), partHeadings(page));
        assertEquals(List.of("overview", "income", "expenditure", "fiscal", "general-budget", "basic", "three-public",
                "government-fund", "state-capital", "glossary"),
                page.select("[data-section]").stream().map(e -> e.attr("data-section")).toList());
        assertEquals(List.of("卫生健康支出（类）", "医疗保障管理事务（款）", "行政运行（项）", "其他医疗保障管理事务支出（项）"),
                rowLabels(table(page, "general-budget")));
        assertEquals(List.of(), tableFindings(built));
        assertEquals(List.of(), built.diagnostics(), "consistent figures: no finding at all");
    }

    @Test
    void d08ConsolidatedIncomeAndExpenditureByUnitAndBySubjectAndTheUnitRowThatDoesNotAddUp() throws IOException {
        Built built = build("d08", "cangnan", 2022);
        Document page = built.page();
        assertEquals(List.of("收入支出决算总表", "收入决算表(分单位)", "收入决算表(分科目)", "支出决算表(分单位)", "支出决算表(分科目)",
                "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
                "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表"), captions(page));
        assertEquals(List.of("单位名称|本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入"),
                header(table(page, "t02")));
        assertEquals(List.of("合计", "苍南县医疗保障局（本级）", "苍南县医疗保险服务中心"), rowLabels(table(page, "t02")));
        assertEquals(List.of("合计", "卫生健康支出", "医疗保障管理事务", "行政运行", "事业运行", "其他医疗保障管理事务支出"),
                rowLabels(table(page, "t03")));
        assertEquals(List.of("单位名称|本年支出合计|基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出"), header(table(page, "t04")));
        assertEquals(List.of("合计", "苍南县医疗保障局（本级）", "苍南县医疗保险服务中心"), rowLabels(table(page, "t04")));
        // 支出决算表(分科目) is the catalogue's expenditure-by-subject: the 公开03表 columns, not gongkai's 支出决算表.
        assertEquals(List.of("项目/c2|本年支出合计/r2|基本支出/r2|项目支出/r2|上缴上级支出/r2|经营支出/r2|对附属单位补助支出/r2", "科目编码|科目名称"),
                header(table(page, "t05")));
        assertEquals(List.of("合计", "卫生健康支出", "医疗保障管理事务", "行政运行", "事业运行", "其他医疗保障管理事务支出"),
                rowLabels(table(page, "t05")));
        assertEquals(List.of("苍南县医疗保障局（本级）", "苍南县医疗保险服务中心"),
                rowLabels(table(page, "composition")), "the 决算单位构成 as written");
        assertEquals("2 苍南县医疗保险服务中心 事业单位", table(page, "composition").select("tbody tr").get(1).text());
        List<Diagnostic> found = tableFindings(built);
        String file = "src/test/resources/fixtures/d08/content/units/cangnan/2022/final-accounts.yaml";
        assertEquals(List.of("table.sum " + file + ":59:37 tables[3].rows[2].total",
                "table.sum " + file + ":57:40 tables[3].rows[0].basic"),
                found.stream().map(d -> d.rule() + " " + d.position() + " " + d.path()).toList());
        assertTrue(found.get(0).message().contains("计算值为 210，表中写为 200"), found.get(0).message());
        assertTrue(found.get(1).message().contains("计算值为 610，表中写为 600"), found.get(1).message());
    }

    @Test
    void d14NineStandardTablesAndAStateAssetsTableWithNineExplanationsAndTheSplitThatDoesNotAddUp() throws IOException {
        Built built = build("d14", "fengxin", 2021);
        Document page = built.page();
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款支出决算表", "国有资产占用情况表"), tablesUnder(page, "第二部分 2021年度部门决算表"));
        Element assets = table(page, "t10");
        assertEquals(List.of("项目|单位|数量"), header(assets));
        assertEquals(List.of("房屋", "车辆", "单价50万元以上通用设备", "单价100万元以上专用设备"), rowLabels(assets));
        assertEquals(List.of("一、收入决算情况说明", "二、支出决算情况说明", "三、财政拨款支出决算情况说明", "四、一般公共预算财政拨款基本支出决算情况说明",
                "五、一般公共预算财政拨款“三公”经费支出决算情况说明", "六、机关运行经费支出情况说明", "七、政府采购支出情况说明",
                "八、国有资产占用情况说明", "九、预算绩效情况说明"),
                partHeadings(page).stream().filter(h -> h.startsWith("3 ")).map(h -> h.substring(2)).toList());
        List<Diagnostic> split = built.diagnostics().stream().filter(d -> d.rule().equals("accounts.basic-split")).toList();
        assertEquals(1, split.size(), built.diagnostics()::toString);
        assertEquals("src/test/resources/fixtures/d14/content/units/fengxin/2021/final-accounts.yaml:24:14",
                split.get(0).position().toString());
        assertTrue(split.get(0).message().contains("各科目基本支出合计为 400，人员经费+公用经费为 390"), split.get(0).message());
        assertEquals(List.of(), tableFindings(built));
    }

    @Test
    void d36YunnanThirteenTablesWithStateAssetsAndASelfEvaluationTableWhoseTotalDoesNotAddUp() throws IOException {
        Built built = build("d36", "gengma", 2023);
        Document page = built.page();
        assertEquals(List.of("一 收入支出决算表", "二 收入决算表", "三 支出决算表", "四 财政拨款收入支出决算表",
                "五 一般公共预算财政拨款收入支出决算表", "六 一般公共预算财政拨款基本支出决算表", "七 一般公共预算财政拨款项目支出决算表",
                "八 政府性基金预算财政拨款收入支出决算表", "九 国有资本经营预算财政拨款收入支出决算表",
                "十 财政拨款“三公”经费、行政参公单位机关运行经费情况表", "十一 一般公共预算财政拨款“三公”经费情况表", "十二 国有资产使用情况表",
                "十三 项目支出绩效自评表"), tablesUnder(page, "第二部分 2023年度部门决算表"));
        Element evaluation = table(page, "t13");
        assertEquals(List.of("三级指标|年度指标值|实际完成值|分值|得分"), header(evaluation));
        assertEquals(List.of("合计", "项目资金到位率", "免费基本公共卫生服务项目数", "群众满意度"), rowLabels(evaluation));
        assertEquals(List.of("房屋", "车辆", "单价50万元以上通用设备", "单价100万元以上专用设备"), rowLabels(table(page, "t12")));
        assertTrue(partHeadings(page).contains("3 四、单位绩效自评情况"), partHeadings(page)::toString);
        assertOneFinding(built, "src/test/resources/fixtures/d36/content/units/gengma/2023/final-accounts.yaml:96:46", "tables[12].rows[0].score",
                "计算值为 90，表中写为 92");
    }

    @Test
    void d38TablesOnlyInYuanWithLineNumbers() throws IOException {
        Built built = build("d38", "tianxing", 2021);
        Document page = built.page();
        assertEquals(List.of("公开01表 收入支出决算总表", "公开03表 支出决算表"), captions(page));
        Element summary = table(page, "t01");
        assertEquals(List.of("一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入",
                "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入", "本年收入合计", "使用非财政拨款结余", "年初结转和结余", "总计"),
                rowLabels(summary));
        assertTrue(summary.selectFirst("caption").text().contains("元"), summary.selectFirst("caption").text());
        assertTrue(summary.text().contains("1,523,400.56") || summary.text().contains("1523400.56"), summary.text());
        assertEquals(List.of(), tableFindings(built));
        assertTrue(page.select("section.part").isEmpty(), "tables only: no parts");
    }

    @Test
    void d37ADepartmentsAccountsBesideItsOwnUnitAccountsEachWithItsTablesAndComparedOnce() throws IOException {
        Built built = build("d37", "ordos", 2023);
        Document department = built.page();
        assertEquals(List.of("一 收入支出决算总表", "二 收入决算表", "三 支出决算表", "四 财政拨款收入支出决算总表", "五 一般公共预算财政拨款支出决算表",
                "六 一般公共预算财政拨款基本支出决算明细表", "七 一般公共预算财政拨款项目支出决算明细表", "八 政府性基金预算财政拨款收入支出决算表",
                "九 国有资本经营预算财政拨款支出决算表", "十 财政拨款“三公”经费支出决算表", "十一 机构运行经费支出、国有资产占用情况及政府采购支出信息表"),
                captions(department));
        Element combined = table(department, "t11");
        assertEquals(List.of("项目|单位|数量（金额）"), header(combined));
        assertEquals(List.of("机构运行经费支出", "房屋", "车辆", "政府采购支出总额", "政府采购货物支出", "政府采购工程支出", "政府采购服务支出"),
                rowLabels(combined));
        assertEquals("120", combined.select("tbody tr").get(3).selectFirst("td.derived").text(), "the blank 政府采购 total, derived");
        assertEquals(List.of("鄂尔多斯市卫生健康委员会本级", "鄂尔多斯市卫生健康综合保障中心"), rowLabels(table(department, "composition")));
        assertEquals("鄂尔多斯市卫生健康委员会2023年度部门决算", department.selectFirst("h1").text());

        Document unit = Jsoup.parse(out.resolve("units/ordos/2023/unit-accounts/index.html").toFile(), "UTF-8");
        assertEquals("鄂尔多斯市卫生健康委员会2023年度单位决算", unit.selectFirst("h1").text());
        assertEquals(List.of("一 收入支出决算总表", "二 收入决算表", "三 支出决算表", "四 财政拨款收入支出决算总表", "五 一般公共预算财政拨款支出决算表",
                "六 一般公共预算财政拨款基本支出决算明细表", "七 政府性基金预算财政拨款收入支出决算表", "八 国有资本经营预算财政拨款支出决算表",
                "九 财政拨款“三公”经费支出决算表"), captions(unit));
        assertTrue(unit.select("table[data-table=composition]").isEmpty(), "a 单位决算 has no 决算单位构成");

        Document compare = Jsoup.parse(out.resolve("compare/2023/index.html").toFile(), "UTF-8");
        assertEquals(1, compare.select("tbody tr[data-region]").size(), "the body is compared once, by its 部门决算");
        assertEquals("部门决算；另有单位决算", compare.selectFirst("small.scope-note").text());
        assertEquals(List.of(), tableFindings(built));
    }

    @Test
    void d19TwelveTablesAsAnAttachmentWithEconomicClassificationProcurementAndPurchasedServices() throws IOException {
        Built built = build("d19", "chaoyang", 2022);
        Document page = built.page();
        assertEquals(List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款收入支出决算表",
                "一般公共预算财政拨款支出决算表", "政府性基金预算财政拨款收入支出决算表", "财政拨款基本支出经济分类决算表",
                "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表", "政府采购情况表", "政府购买服务决算公开情况表"),
                tablesUnder(page, "附件"));
        assertEquals(List.of("2 第一部分 部门概况", "2 第二部分 部门决算说明", "2 第三部分 其他重要事项的情况说明",
                "2 第四部分 2022年度部门绩效评价情况", "2 附件"),
                partHeadings(page).stream().filter(h -> h.startsWith("2 ")).toList());
        Element economic = table(page, "t08");
        assertEquals(List.of("科目编码|科目名称|决算数"), header(economic));
        assertEquals(List.of("合计", "工资福利支出", "基本工资", "津贴补贴", "商品和服务支出", "办公费"), rowLabels(economic));
        Element procurement = table(page, "t11");
        assertEquals(List.of("项目/r2|采购预算（财政性资金）/r2|实际采购金额/c4|授予中小企业合同金额/r2", "合计|货物|工程|服务"),
                header(procurement));
        assertEquals("55", procurement.selectFirst("tbody td.derived").text(), "the blank 实际采购金额 合计, derived");
        Element services = table(page, "t12");
        assertEquals(List.of("序号|项目名称|服务类别|金额"), header(services));
        assertEquals(3, services.select("tbody tr").size());
        assertTrue(page.select("table[data-table=basic]").isEmpty(), "no 基本支出 table besides the 经济分类 one");
        assertOneFinding(built, "src/test/resources/fixtures/d19/content/units/chaoyang/2022/final-accounts.yaml:48:46", "tables[7].rows[1].amount",
                "计算值为 340，表中写为 350");
    }

    @Test
    void d20APerformanceSectionCountingProjectsByKindAndOnTheFourGradeScale() throws IOException {
        Built built = build("d20", "wuzhou", 2024);
        Document page = built.page();
        assertEquals(List.of("项目支出绩效自评情况", "项目支出绩效自评等级情况", "项目支出预算执行情况"),
                tablesUnder(page, "（二）项目支出绩效自评结果"));
        assertEquals(List.of("projects", "grades", "budget"), page.select("table[data-table]").eachAttr("data-table"),
                "the recorded tables and no others");
        Element grades = table(page, "grades");
        assertEquals(List.of("等级|项目个数|涉及资金|占项目总数比例|占项目支出总额比例"), header(grades));
        assertEquals(List.of("合计", "一等", "二等", "三等", "四等"), rowLabels(grades));
        assertEquals(List.of("合计", "本级项目", "对下转移支付项目", "敏感涉密项目"), rowLabels(table(page, "projects")));
        Element budget = table(page, "budget");
        assertEquals(List.of("项目|年初预算|调整数|年中调整预算|全年执行数"), header(budget));
        assertEquals("580", budget.selectFirst("tbody td.derived").text(), "the 年中调整预算 the document prints as a change");
        assertEquals(List.of(), tableFindings(built));
    }

    /** A 绩效自评's own tables under their printed titles, numbers and notes, placed by its parts among its data tables. */
    @Test
    void anEvaluationsOwnTablesListedAndPlacedByItsParts() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("pe.yaml", """
                kind: project-evaluation
                title: 示例项目2023年度绩效自评表
                year: 2023
                money-unit: 万元
                funds:
                  total: { source: 年度资金总额, initial: 100, budget: 100, executed: 90 }
                goals:
                  - { planned: 完成救助, actual: 已完成 }
                indicators:
                  - group: 产出指标
                    subgroups:
                      - group: 数量指标
                        items:
                          - { name: 救助人数, target: ≥100人, actual: 120人, weight: 100, score: 100 }
                tables:
                  - { id: t1, kind: goals, number: 表一, title: 年度总体目标, note: 目标照批复填写 }
                  - id: t2
                    title: 资金表
                    columns: [ { key: name, heading: 项目 } ]
                    rows: [ { name: 中央资金 } ]
                  - { id: t3, kind: indicators, number: 表二, title: 绩效指标完成情况表 }
                  - { id: t4, kind: management, number: 表三, title: 资金管理情况表, empty: 本项目无资金管理情况评价。 }
                  - { id: t5, kind: funds, title: 项目资金情况 }
                parts:
                  - heading: 一、基本情况
                    tables: [t5, t2]
                  - heading: 三、绩效自评表
                    tables: [t1, t3, t4]
                """));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("site/units/demo/2023/pe/index.html").toFile(), "UTF-8");
        assertEquals(List.of("项目资金情况", "资金表"), tablesUnder(page, "一、基本情况"));
        assertEquals(List.of("表一 年度总体目标", "表二 绩效指标完成情况表", "表三 资金管理情况表"), tablesUnder(page, "三、绩效自评表"));
        assertEquals(1, page.select("table[data-table=indicators]").size(), "placed once, not again in the 自评表");
        assertEquals(1, page.select("table[data-table=funds]").size());
        assertEquals("目标照批复填写", page.selectFirst("table[data-table=goals]").parent().nextElementSibling().text());
        assertEquals("本项目无资金管理情况评价。", page.selectFirst("table[data-table=management] td.empty").text());
        assertEquals(List.of("数量指标", "救助人数", "产出指标 小计"), rowLabels(table(page, "indicators")));
    }

    /** Without parts, the listed tables follow the 自评表's unlisted ones in the document's order. */
    @Test
    void anEvaluationsListedTablesInTheDocumentsOrderAmongItsDataTables() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("pe.yaml", """
                kind: project-evaluation
                title: 示例项目2023年度绩效自评表
                year: 2023
                money-unit: 万元
                goals:
                  - { planned: 完成救助, actual: 已完成 }
                indicators:
                  - group: 产出指标
                    items:
                      - { name: 救助人数, target: ≥100人, actual: 120人, weight: 100, score: 100 }
                tables:
                  - id: t2
                    title: 资金表
                    columns: [ { key: name, heading: 项目 } ]
                    rows: [ { name: 中央资金 } ]
                  - { id: t3, kind: indicators, number: 表二, title: 绩效指标完成情况表 }
                """));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("site/units/demo/2023/pe/index.html").toFile(), "UTF-8");
        assertEquals(List.of("总体目标完成情况", "资金表", "表二 绩效指标完成情况表"), page
                .select("section.tables > div.table-wrap > table > caption").stream().map(Element::ownText).toList());
    }

    /** A built-in table's rows under the document's printed labels, on the page and in its CSV; other rows keep gongkai's. */
    @Test
    void aBuiltInTablesRowsUnderTheirPrintedLabels() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("final-accounts.yaml", """
                kind: final-accounts
                title: 示例局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: { general-budget: 100, other: 20 }
                expenditure: { basic: 80, project: 40 }
                three-public:
                  budget: { abroad: 1, reception: 2 }
                  actual: { abroad: 1, reception: 1 }
                tables:
                  - id: t1
                    kind: income
                    title: 收入决算表
                    labels: { general-budget: 财政拨款收入, total: 收入合计 }
                    note: 注：本表反映部门本年度取得的各项收入情况。
                  - { id: t2, kind: expenditure, title: 支出决算表 }
                  - { id: t3, kind: three-public, title: “三公”经费支出决算表, labels: { reception: 公务接待费（含外宾接待） } }
                """));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Path folder = out.resolve("site/units/demo/2023/final-accounts");
        Document page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("财政拨款收入", "政府性基金预算财政拨款收入"), table(page, "income").select("tbody th[scope=row]")
                .stream().map(Element::text).limit(2).toList());
        assertEquals("收入合计", table(page, "income").selectFirst("tfoot th").text());
        assertEquals(List.of("注：本表反映部门本年度取得的各项收入情况。"), page.select("p.table-note").eachText(),
                "a built-in table's printed note is under it");
        assertEquals("基本支出", table(page, "expenditure").selectFirst("tbody th").text(), "another table keeps gongkai's labels");
        assertTrue(rowLabels(table(page, "three-public")).contains("公务接待费（含外宾接待）"), rowLabels(table(page, "three-public"))::toString);
        String csv = Files.readString(folder.resolve("income.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n财政拨款收入,100"), csv);
        assertTrue(csv.contains("\r\n收入合计,120"), csv);
    }

    /** A data table's cells reach its CSV through the page, so a formula a clerk typed is made inert there too (issue 13). */
    @Test
    void aFormulaTypedInADataTableCellIsInertInItsCsv() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml", """
                kind: final-accounts
                title: 示例局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: { general-budget: 100 }
                expenditure: { basic: 60, project: 40 }
                tables:
                  - id: t1
                    title: 项目表
                    columns: [ { key: name, heading: 项目 }, { key: amount, type: amount, heading: 金额 } ]
                    rows:
                      - { name: "=HYPERLINK(\\"http://x\\")", amount: -5 }
                """));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        String csv = Files.readString(out.resolve("site/units/demo/2023/fa/t1.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF项目,金额\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n", csv);
    }

    /** The fixture's deliberate inconsistency, and nothing else, found at its file:line:column and field. */
    private static void assertOneFinding(Built built, String position, String path, String message) {
        List<Diagnostic> found = tableFindings(built);
        assertEquals(1, found.size(), found::toString);
        assertEquals(position, found.get(0).position().toString());
        assertEquals(path, found.get(0).path());
        assertTrue(found.get(0).message().contains(message), found.get(0).message());
    }
}
