package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 决算说明 gongkai writes follows the data the report has: no sentence with an empty list or an
 * empty amount, and no 0万元 where the report has no such figure while a table beside it shows one.
 */
class ExplanationFollowsDataTest {

    static final String HEAD = DemoContent.FINAL_ACCOUNTS + """
            basic-expenditure:
              personnel: 50
              public: 10
            """;

    @TempDir
    Path dir;

    /** The 说明 of a report, as text, section by section id. */
    private Document explanation(String report) throws IOException {
        Path content = DemoContent.write(dir.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml", report));
        Path site = dir.resolve("site");
        BuildResult built = new SiteBuilder(1).build(content, site);
        assertFalse(built.failed(), built.diagnostics()::toString);
        return Jsoup.parse(site.resolve("units/demo/2023/fa/index.html").toFile(), "UTF-8");
    }

    private static String section(Document page, String id) {
        return page.selectFirst("[data-section=" + id + "]").text();
    }

    private static void noEmptySlots(Document page) {
        String text = page.selectFirst("section.explanation").text();
        for (String empty : List.of("：。", "，。", "其中：。", "为万元", "支出万元", "经费万元")) {
            assertFalse(text.contains(empty), () -> "“" + empty + "” in: " + text);
        }
    }

    @Test
    void withoutGeneralBudgetSubjectsNoSentenceClaimsZero() throws IOException {
        Document page = explanation(HEAD);
        noEmptySlots(page);
        String generalBudget = section(page, "general-budget");
        assertFalse(generalBudget.contains("0万元"), generalBudget);
        assertFalse(generalBudget.contains("主要用于以下方面"), generalBudget);
        assertTrue(generalBudget.contains("本报告未列一般公共预算财政拨款支出决算表"), generalBudget);
        assertTrue(section(page, "basic").contains("2023年一般公共预算财政拨款基本支出60万元"), section(page, "basic"));
        String other = section(page, "other");
        assertFalse(other.contains("机关运行经费支出0万元"), other);
        assertTrue(other.contains("未填报机关运行经费"), other);
    }

    @Test
    void aGeneralBudgetWithOnlyUnclassifiedSpendingListsIt() throws IOException {
        Document page = explanation(HEAD + """
                general-budget:
                  unclassified: { basic: 60, project: 40 }
                """);
        noEmptySlots(page);
        String generalBudget = section(page, "general-budget");
        assertTrue(generalBudget.contains("2023年一般公共预算财政拨款支出100万元，主要用于以下方面：未列明功能分类科目的支出100万元，占100.00%。"),
                generalBudget);
        assertFalse(generalBudget.contains("其中："), generalBudget);
    }

    @Test
    void aGeneralBudgetWithoutSubjectsSaysSo() throws IOException {
        Document page = explanation(HEAD + """
                general-budget:
                  opening: 0
                  closing: 0
                """);
        noEmptySlots(page);
        String generalBudget = section(page, "general-budget");
        assertTrue(generalBudget.contains("未按科目列示"), generalBudget);
        assertFalse(generalBudget.contains("主要用于以下方面"), generalBudget);
        assertEquals(0, page.select("[data-section=general-budget] ol.subjects-list").size());
    }

    @Test
    void withoutAnyFiscalMoneyTheFiscalSectionSaysSo() throws IOException {
        Document page = explanation("""
                kind: final-accounts
                title: 示例县医疗保障局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: { other: 10 }
                expenditure: { basic: 10 }
                """);
        noEmptySlots(page);
        assertTrue(section(page, "fiscal").contains("本年度无财政拨款收入"), section(page, "fiscal"));
        // No 一般公共预算 money at all, and no 结转结余: its tables are truly empty, and the 说明 may say 无.
        assertTrue(section(page, "basic").contains("本年度无一般公共预算财政拨款基本支出。"), section(page, "basic"));
        assertTrue(section(page, "three-public").contains("本年度无“三公”经费财政拨款支出。"), section(page, "three-public"));
        for (String key : List.of("general-budget", "basic", "three-public", "government-fund", "state-capital")) {
            assertNotNull(page.selectFirst("table[data-table=" + key + "] td.empty"), key + " is shown as an empty table");
        }
    }

    @Test
    void aTableWhoseFiguresAreNotWrittenIsNotShownAsEmpty() throws IOException {
        // 100 of 一般公共预算 money, and no 科目, 基本支出 or “三公” block: those figures exist but are not written.
        Document page = explanation(DemoContent.FINAL_ACCOUNTS);
        noEmptySlots(page);
        for (String key : List.of("general-budget", "basic", "three-public")) {
            assertTrue(page.select("table[data-table=" + key + "]").isEmpty(), key + " is not claimed empty");
        }
        // No 政府性基金 or 国有资本经营 income and no carry-over: those tables are truly empty.
        assertEquals("本表无数据：本单位本年度无政府性基金预算财政拨款收支。",
                page.selectFirst("table[data-table=government-fund] td.empty").text());
        assertNotNull(page.selectFirst("table[data-table=state-capital] td.empty"));
        String threePublic = section(page, "three-public");
        assertFalse(threePublic.contains("本年度无“三公”经费"), threePublic);
        assertTrue(threePublic.contains("本报告未列“三公”经费财政拨款支出决算表，本节不列数字。"), threePublic);
        assertTrue(section(page, "basic").contains("本报告未列一般公共预算财政拨款基本支出决算表"), section(page, "basic"));
    }

    @Test
    void governmentFundMoneyWithoutItsBlockIsNotStatedAsZero() throws IOException {
        Document page = explanation(DemoContent.FINAL_ACCOUNTS.replace("general-budget: 100", "general-budget: 100\n  government-fund: 20")
                .replace("project: 40", "project: 60"));
        noEmptySlots(page);
        assertTrue(page.select("table[data-table=government-fund]").isEmpty(), "no 本表无数据 beside 20万元 of 政府性基金 income");
        String fund = section(page, "government-fund");
        assertFalse(fund.contains("支出0万元"), fund);
        assertTrue(fund.contains("本报告未列政府性基金预算财政拨款收入支出决算表，本节不列数字。"), fund);
        assertTrue(section(page, "state-capital").endsWith("2023年国有资本经营预算财政拨款支出0万元。"), "no such money: 0 is what the data shows");
        assertNotNull(page.selectFirst("table[data-table=state-capital] td.empty"));
    }

    @Test
    void assetsAndProcurementCountOnlyWhatIsWritten() throws IOException {
        Document page = explanation(HEAD + """
                assets: { vehicles: 2, other-vehicles: 2 }
                procurement: { goods: 5 }
                """);
        noEmptySlots(page);
        String other = section(page, "other");
        assertTrue(other.contains("截至2023年12月31日，共有车辆2辆，其中：其他用车2辆。"), other);
        assertFalse(other.contains("0辆"), other);
        assertFalse(other.contains("台（套）"), other);
        assertTrue(other.contains("2023年，政府采购支出总额5万元，其中：政府采购货物支出5万元。"), other);
        assertFalse(other.contains("工程"), other);
        assertEquals(List.of("车辆总数（辆） 2", "其中：其他用车 2"),
                page.select("table[data-table=assets] tbody tr").eachText());
    }

    @Test
    void withoutProcurementNoneIsClaimed() throws IOException {
        String other = section(explanation(HEAD), "other");
        assertFalse(other.contains("本年度无政府采购支出"), other);
        assertTrue(other.contains("未填报政府采购支出情况。"), other);
    }
}
