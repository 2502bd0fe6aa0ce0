package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of a 决算 page that gongkai computes (占比, 完成预算%, 合计, 类/款 subtotals) carries the one
 * derived mark the 绩效自评 page uses (class {@code derived}, title "gongkai 计算", explained once); every
 * figure read from the YAML as written does not. Data tables use the same mark for the blanks they fill in.
 */
class DerivedFiguresMarkedTest {

    @TempDir
    static Path dir;
    static Document jiange;

    @BeforeAll
    static void build() throws IOException {
        Path site = dir.resolve("sample");
        BuildResult result = new SiteBuilder(1).build(SampleContent.SAMPLE, site);
        assertFalse(result.failed(), () -> "sample site must build: " + result.diagnostics());
        jiange = Jsoup.parse(site.resolve("units/jiange/2022/final-accounts/index.html").toFile(), "UTF-8");
    }

    /** The figure cells of the row headed {@code label} in table {@code key}. */
    private static List<Element> cells(Document page, String key, String label) {
        Element table = page.selectFirst("table[data-table=" + key + "]");
        for (Element tr : table.select("tr")) {
            Element th = tr.selectFirst("> th[scope=row]");
            if (th != null && th.text().equals(label)) {
                return tr.select("> td.num");
            }
        }
        throw new AssertionError("no row " + label + " in table " + key);
    }

    private static void derived(Element cell, String text) {
        assertEquals(text, cell.text());
        assertTrue(cell.hasClass("derived"), () -> text + " is gongkai's: " + cell);
        assertEquals("gongkai 计算", cell.attr("title"));
    }

    private static void asWritten(Element cell, String text) {
        assertEquals(text, cell.text());
        assertFalse(cell.hasClass("derived"), () -> text + " is read from the YAML: " + cell);
    }

    @Test
    void incomeSharesAndTotalsAreMarkedTheAmountsAreNot() {
        List<Element> general = cells(jiange, "income", "一般公共预算财政拨款收入");
        asWritten(general.get(0), "3429.91");
        derived(general.get(1), "96.46%");
        List<Element> total = cells(jiange, "income", "本年收入合计");
        derived(total.get(0), "3555.82");
        derived(total.get(1), "100.00%");
        List<Element> basic = cells(jiange, "expenditure", "基本支出");
        asWritten(basic.get(0), "392.51");
        derived(basic.get(1), "11.04%");
    }

    @Test
    void subjectSubtotalsCompletionAndSharesAreMarkedTheItemsAmountsAreNot() {
        // budget, 合计, 基本支出, 项目支出, 完成预算%, 占比
        List<Element> item = cells(jiange, "general-budget", "其他人力资源和社会保障管理事务（项）");
        asWritten(item.get(0), "9.3");
        derived(item.get(1), "9.3");
        asWritten(item.get(2), "0");
        asWritten(item.get(3), "9.3");
        derived(item.get(4), "100.00%");
        derived(item.get(5), "0.27%");
        List<Element> category = cells(jiange, "general-budget", "社会保障和就业支出（类）");
        derived(category.get(0), "37.51");
        derived(category.get(2), "28.21");
        derived(category.get(3), "9.3");
        derived(cells(jiange, "fiscal", "卫生健康支出").get(0), "2681.68");
        asWritten(cells(jiange, "fiscal", "本年收入").get(1), "3429.91");
    }

    @Test
    void basicThreePublicAndFundTables() {
        List<Element> personnel = cells(jiange, "basic", "人员经费");
        asWritten(personnel.get(0), "345.91");
        derived(personnel.get(1), "88.13%");
        derived(cells(jiange, "basic", "合计").get(0), "392.51");
        List<Element> reception = cells(jiange, "three-public", "公务接待费");
        asWritten(reception.get(0), "1.50");
        asWritten(reception.get(1), "1.50");
        derived(reception.get(2), "100.00%");
        derived(cells(jiange, "three-public", "公务用车购置及运行维护费").get(1), "0");
        asWritten(cells(jiange, "three-public", "其中：公务用车购置费").get(1), "0");
        List<Element> fund = cells(jiange, "government-fund", "未列明功能分类科目的支出");
        derived(fund.get(0), "125.91");
        asWritten(fund.get(2), "125.91");
    }

    /** A 合计 row's 占比 is derived like the others, at the site's percent-decimals, not a typed 100.00%. */
    @Test
    void aTotalsShareIsDerivedAtTheSitesDecimals(@org.junit.jupiter.api.io.TempDir Path other) throws IOException {
        Path content = SampleContent.copyTo(other);
        SampleContent.edit(content, "site.yaml", "percent-decimals: 2", "percent-decimals: 1");
        assertFalse(new SiteBuilder(1).build(content, other.resolve("site")).failed());
        Document page = Jsoup.parse(other.resolve("site/units/jiange/2022/final-accounts/index.html").toFile(), "UTF-8");
        derived(cells(page, "income", "一般公共预算财政拨款收入").get(1), "96.5%");
        derived(cells(page, "income", "本年收入合计").get(1), "100.0%");
        derived(cells(jiange, "income", "本年收入合计").get(1), "100.00%");
    }

    @Test
    void theMarkIsExplainedOnceAndNoOtherMarkIsUsed() {
        assertEquals(1, jiange.select("[data-explain=derived]").size());
        assertTrue(jiange.selectFirst("[data-explain=derived]").text().startsWith("标有 ※ 的数字由 gongkai"));
        assertTrue(jiange.select(".derived").stream().allMatch(e -> e.attr("title").equals("gongkai 计算")));
        assertFalse(jiange.text().contains("计算值"), "no second mark");
    }

    @Test
    void aDataTableMarksItsFilledBlanksTheSameWayAndAPageWithoutDerivedFiguresSaysNothing() throws IOException {
        // A 绩效自评 that states its result and has no indicator table derives nothing of its own.
        String evaluation = """
                kind: department-evaluation
                title: 示例县医疗保障局2023年度部门整体支出绩效评价自评报告
                year: 2023
                money-unit: 万元
                stated: { total: 92.5, grade: 优 }
                tables:
                  - id: projects
                    title: 项目支出情况
                    columns:
                      - { key: item, heading: 项目 }
                      - { key: amount, type: amount, heading: 金额 }
                    rows:
                      - { item: 合计%s }
                      - { item: 本级项目, amount: 30, level: 1 }
                      - { item: 对下转移支付项目, amount: 10, level: 1 }
                    sums:
                      - { row: 合计, level: 1 }
                """;
        Document blank = build("blank", evaluation.formatted(""));
        derived(blank.selectFirst("table[data-table=projects] tbody tr td.num"), "40");
        assertEquals(1, blank.select("[data-explain=derived]").size());
        assertFalse(blank.text().contains("计算值"), "no second mark");

        Document written = build("written", evaluation.formatted(", amount: 40"));
        asWritten(written.selectFirst("table[data-table=projects] tbody tr td.num"), "40");
        assertTrue(written.select(".derived").isEmpty());
        assertTrue(written.select("[data-explain=derived]").isEmpty(), "no explanation of a mark the page does not have");
    }

    private static Document build(String name, String report) throws IOException {
        Path content = DemoContent.write(dir.resolve(name).resolve("content"), DemoContent.SITE_WITHOUT_CHARTS,
                Map.of("fa.yaml", report));
        Path site = dir.resolve(name).resolve("site");
        BuildResult built = new SiteBuilder(1).build(content, site);
        assertFalse(built.failed(), built.diagnostics()::toString);
        return Jsoup.parse(site.resolve("units/demo/2023/fa/index.html").toFile(), "UTF-8");
    }
}
