package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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

/** A table printed in a money unit of its own, and amounts written with 万 or 元 in a cell. */
class TableMoneyUnitTest {

    static final String HEAD = DemoContent.FINAL_ACCOUNTS;

    @TempDir
    Path dir;

    private BuildResult build(String name, String report) throws IOException {
        return build(name, DemoContent.SITE_WITHOUT_CHARTS, report);
    }

    private BuildResult build(String name, String site, String report) throws IOException {
        Path content = DemoContent.write(dir.resolve(name), site, Map.of("fa.yaml", report));
        BuildResult built = new SiteBuilder(1).build(content, dir.resolve(name + "-site"));
        assertFalse(built.failed(), built.diagnostics()::toString);
        return built;
    }

    private Document page(String name, String file) throws IOException {
        return Jsoup.parse(dir.resolve(name + "-site").resolve(file).toFile(), "UTF-8");
    }

    /**
     * By hand: 出国 1.2 + 车辆运行 3 + 接待 0.8 = 5 万元 (= 50000 元); shares 24%, 60%, 16%; 出国 completes
     * 1.2 / 2 = 60% of its budget. The same whether the table is written in 元 or 万元.
     */
    @Test
    void aThreePublicTableInYuanDerivesWhatTheSameFiguresInWanYuanDerive() throws IOException {
        build("yuan", HEAD + """
                three-public:
                  money-unit: 元
                  budget: { abroad: 20000, vehicle-operation: 30000, reception: 10000 }
                  actual: { abroad: 12000, vehicle-operation: 30000, reception: 8000 }
                """);
        build("wan", HEAD + """
                three-public:
                  budget: { abroad: 2, vehicle-operation: 3, reception: 1 }
                  actual: { abroad: 1.2, vehicle-operation: 3, reception: 0.8 }
                """);
        Element yuan = page("yuan", "units/demo/2023/fa/index.html").selectFirst("table[data-table=three-public]");
        Element wan = page("wan", "units/demo/2023/fa/index.html").selectFirst("table[data-table=three-public]");
        assertTrue(yuan.selectFirst("caption").text().contains("单位：元"), yuan.selectFirst("caption").text());
        assertTrue(wan.selectFirst("caption").text().contains("单位：万元"), wan.selectFirst("caption").text());
        List<String> yuanTotal = yuan.select("tbody tr").get(0).select("td").stream().map(Element::text).toList();
        assertEquals(List.of("60000", "50000", "83.33%", "100.00%"), yuanTotal);
        for (int row = 0; row < 6; row++) {
            List<String> y = yuan.select("tbody tr").get(row).select("td").stream().map(Element::text).toList();
            List<String> w = wan.select("tbody tr").get(row).select("td").stream().map(Element::text).toList();
            assertEquals(w.subList(2, 4), y.subList(2, 4), "completion and share, row " + row);
        }
        assertEquals(List.of("20000", "12000", "60.00%", "24.00%"), yuan.select("tbody tr").get(1).select("td").stream().map(Element::text).toList());
        // The key figure is in the report's unit, summed from the items converted exactly: the comparison page
        // shows what the same table written in 万元 gives (1.2 + 3 + 0.8 = 5.0).
        String compareYuan = page("yuan", "compare/2023/index.html").selectFirst("[data-table=compare] tbody tr").text();
        String compareWan = page("wan", "compare/2023/index.html").selectFirst("[data-table=compare] tbody tr").text();
        assertEquals(compareWan, compareYuan);
        String csv = Files.readString(dir.resolve("yuan-site/units/demo/2023/fa/three-public.csv"));
        assertTrue(csv.contains("合计,60000,50000,83.33%,100.00%"), csv);
    }

    @Test
    void amountsWrittenWithAUnitAreReadWithAWarningAtTheirPlace() throws IOException {
        BuildResult built = build("units", HEAD.replace("general-budget: 100", "general-budget: 100\n  other: 593.57万元")
                .replace("project: 40", "project: 40\noperating-costs: 12,000元"));
        List<Diagnostic> warnings = built.diagnostics().stream().filter(d -> d.rule().equals("schema.amount-unit")).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertEquals(7, warnings.get(0).position().line());
        assertEquals(10, warnings.get(0).position().column());
        assertTrue(warnings.get(0).message().contains("按 593.57（万元）读取"), warnings.get(0).message());
        assertEquals(11, warnings.get(1).position().line());
        assertTrue(warnings.get(1).message().contains("换算为本表单位万元，读作 1.2"), warnings.get(1).message());
        String page = page("units", "units/demo/2023/fa/index.html").text();
        assertTrue(page.contains("机关运行经费支出 1.2万元"), page);
        assertTrue(page.contains("693.57"), "income total 100 + 593.57");
    }

    /** The demo 决算 (100 万元 income, 60 基本 + 40 项目) with a 表6 and, listed, its tables 表1, 表3 and 表6. */
    private static String withBasic(String personnel, String public_, String basicUnit) {
        return HEAD + """
                basic-expenditure:
                  personnel: %s
                  public: %s
                tables:
                  - { id: t1, kind: income-expenditure-summary, title: 收入支出决算总表 }
                  - { id: t3, kind: expenditure, title: 支出决算表 }
                  - { id: t6, kind: basic-expenditure, title: 一般公共预算财政拨款基本支出决算表%s }
                """.formatted(personnel, public_, basicUnit == null ? "" : ", money-unit: " + basicUnit);
    }

    private static List<String> cells(Element table) {
        return table.select("tbody td, tfoot td").stream().map(Element::text).filter(t -> !t.isEmpty()).toList();
    }

    private static List<Diagnostic> accountsFindings(BuildResult built) {
        return built.diagnostics().stream().filter(d -> d.rule().startsWith("accounts.") || d.rule().startsWith("table.")).toList();
    }

    /**
     * By hand: 人员经费 450000.00 元 + 公用经费 150000.00 元 = 600000.00 元 = 60 万元, the 基本支出 of the 支出决算表;
     * all income is 一般公共预算财政拨款, so they must be equal: no finding. 表6 prints the 元 as written; the
     * 说明, the key figures and the comparison page are those of the same report written in 万元 (45.00 and 15.00).
     */
    @Test
    void aBasicExpenditureTableInYuanInAReportInWanYuanIsPrintedAsWrittenAndDerivesTheSame() throws IOException {
        BuildResult yuan = build("yuan", withBasic("450000.00", "150000.00", "元"));
        BuildResult wan = build("wan", withBasic("45.00", "15.00", null));
        assertEquals(List.of(), accountsFindings(yuan));
        Document page = page("yuan", "units/demo/2023/fa/index.html");
        Element basic = page.selectFirst("table[data-table=basic]");
        assertTrue(basic.selectFirst("caption").text().contains("单位：元"), basic.selectFirst("caption").text());
        assertEquals(List.of("450000.00", "75.00%", "150000.00", "25.00%", "600000.00"), cells(basic));
        Element expenditure = page.selectFirst("table[data-table=expenditure]");
        assertTrue(expenditure.selectFirst("caption").text().contains("单位：万元"), "the other tables stay in the report's unit");
        assertEquals("60", cells(expenditure).get(0));
        Document wanPage = page("wan", "units/demo/2023/fa/index.html");
        assertEquals(wanPage.select("section.explanation, [data-section]").text(), page.select("section.explanation, [data-section]").text(),
                "the 说明 states 人员经费 and 公用经费 in 万元 either way");
        assertTrue(page.select("[data-section=basic]").text().contains("45.00万元"), page.select("[data-section=basic]").text());
        assertEquals(page("wan", "compare/2023/index.html").select("[data-table=compare]").outerHtml(),
                page("yuan", "compare/2023/index.html").select("[data-table=compare]").outerHtml());
        String csv = Files.readString(dir.resolve("yuan-site/units/demo/2023/fa/basic.csv"));
        assertTrue(csv.contains("人员经费,450000.00,75.00%"), csv);
        assertEquals(List.of(), accountsFindings(wan));
    }

    /** 450000.00 + 140000.00 = 590000.00 元 against the 600000 元 (60 万元) of 基本支出: found at 人员经费's line, in 元. */
    @Test
    void anInconsistentBasicExpenditureTableInYuanIsFoundAtItsLineInYuan() throws IOException {
        BuildResult built = build("wrong", withBasic("450000.00", "140000.00", "元"));
        List<Diagnostic> found = accountsFindings(built);
        assertEquals(1, found.size(), found::toString);
        assertEquals("accounts.basic-split", found.get(0).rule());
        assertEquals(11, found.get(0).position().line());
        assertEquals("basic-expenditure", found.get(0).path());
        assertTrue(found.get(0).message().endsWith("支出决算表中基本支出为 600000元，人员经费+公用经费为 590000.00元"),
                found.get(0).message());
    }

    /** 表1 printed in 元 from blocks written in 万元: 100 万元 is 1000000 元, exactly; the other tables stay in 万元. */
    @Test
    void aSummaryTableInYuanIsPrintedInYuanFromTheBlocksInWanYuan() throws IOException {
        build("summary", HEAD + """
                tables:
                  - { id: t1, kind: income-expenditure-summary, title: 收入支出决算总表, money-unit: 元 }
                  - { id: t2, kind: income, title: 收入决算表 }
                """);
        Document page = page("summary", "units/demo/2023/fa/index.html");
        Element summary = page.selectFirst("table[data-table=summary]");
        assertTrue(summary.selectFirst("caption").text().contains("单位：元"), summary.selectFirst("caption").text());
        assertEquals("1000000", summary.selectFirst("[data-figure=income-total]").text());
        assertEquals("1000000", summary.selectFirst("[data-figure=expenditure-total]").text());
        assertEquals("100", page.selectFirst("table[data-table=income] tfoot td").text());
        assertTrue(page.selectFirst("[data-figure=grand-total]").parent().text().endsWith("100万元"), "key figures in the report's unit");
    }

    /** A cell written with 元 in a table written in 元 is read as written, not converted into the report's 万元. */
    @Test
    void anAmountWrittenWithYuanInATableInYuanIsReadInYuan() throws IOException {
        BuildResult built = build("cell", withBasic("450000.00元", "150000.00", "元"));
        List<Diagnostic> warnings = built.diagnostics().stream().filter(d -> d.rule().equals("schema.amount-unit")).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).message().contains("按 450000.00（元）读取"), warnings.get(0).message());
        assertEquals(List.of(), accountsFindings(built));
    }

    /** The older {@code three-public: { money-unit: 元 }} and the table's entry saying the same are one unit. */
    @Test
    void theThreePublicUnitStatedOnItsBlockAndOnItsEntryAlike() throws IOException {
        build("both", HEAD + """
                three-public:
                  money-unit: 元
                  budget: { reception: 20000 }
                  actual: { reception: 8000 }
                tables:
                  - { id: t7, kind: three-public, title: “三公”经费支出决算表, money-unit: 元 }
                """);
        Element table = page("both", "units/demo/2023/fa/index.html").selectFirst("table[data-table=three-public]");
        assertTrue(table.selectFirst("caption").text().contains("单位：元"), table.selectFirst("caption").text());
        assertEquals(List.of("20000", "8000", "40.00%", "100.00%"), table.select("tbody tr").get(0).select("td").stream().map(Element::text).toList());
    }

    /**
     * A 绩效自评's funds table in 元 in a report in 万元: printed as written under 单位：元; its 执行率 is the same
     * in any unit (900000 / 1000000 = 90.00%); its chart, like every chart, is in the report's 万元 (100.00, 90.00).
     */
    @Test
    void anEvaluationsFundsTableInYuan() throws IOException {
        BuildResult built = build("funds", DemoContent.SITE, """
                kind: project-evaluation
                title: 示例县医疗保障局2023年度项目支出绩效自评表
                year: 2023
                money-unit: 万元
                funds:
                  total: { source: 年度资金总额, budget: 1000000.00, executed: 900000.00 }
                  sources:
                    - { source: 中央财政资金, budget: 600000.00, executed: 500000.00 }
                tables:
                  - { id: t1, kind: funds, title: 项目资金情况表, money-unit: 元 }
                """);
        Element funds = page("funds", "units/demo/2023/fa/index.html").selectFirst("table[data-table=funds]");
        assertTrue(funds.selectFirst("caption").text().contains("单位：元"), funds.selectFirst("caption").text());
        String text = funds.select("tbody").text();
        assertTrue(text.contains("1000000.00 900000.00 90.00%"), text);
        assertTrue(text.contains("600000.00 500000.00 83.33%"), text);
        String chart = page("funds", "units/demo/2023/fa/index.html").select("figure").text();
        assertTrue(chart.contains("年度资金总额全年预算数100.00万元，执行数90.00万元，执行率90.00%"), chart);
        assertEquals(List.of(), built.diagnostics().stream().filter(d -> d.rule().startsWith("table.")).toList());
    }
}
