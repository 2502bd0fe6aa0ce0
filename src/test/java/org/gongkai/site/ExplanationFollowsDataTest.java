package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(section(page, "basic").contains("本报告未列一般公共预算财政拨款基本支出决算表"), section(page, "basic"));
    }
}
