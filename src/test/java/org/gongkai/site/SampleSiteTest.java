package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample site and reads the published figures back out of the generated HTML: every
 * figure here is printed in the seeds and must be derived by gongkai from the raw amounts.
 */
class SampleSiteTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(SampleContent.SAMPLE, site);
        assertFalse(result.failed(), () -> "sample site must build: " + result.diagnostics());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** The cells of the row whose header is {@code label} in table {@code key}, without the notes inside cells. */
    static List<String> row(Document page, String key, String label) {
        Element table = page.selectFirst("table[data-table=" + key + "]");
        for (Element tr : table.select("tr")) {
            Element th = tr.select("> th[scope=row]").last(); // a merged 二级 header may come first
            if (th != null && th.text().equals(label)) {
                return tr.select("td").stream().map(Element::ownText).toList();
            }
        }
        throw new AssertionError("no row " + label + " in table " + key);
    }

    static String figure(Document page, String name) {
        return page.selectFirst("[data-figure=" + name + "]").text();
    }

    @Test
    void wuhaiExecutionRatesAndTotal() throws IOException {
        Document page = page("units/wuhai/2023/medical-service-capacity/index.html");
        assertEquals(List.of("593.57", "593.57", "554.07", "10", "93.35%", "9"), row(page, "funds", "年度资金总额"));
        assertEquals("90.24%", row(page, "funds", "其中：中央财政资金").get(4));
        assertEquals("规则得分 9.33", page.selectFirst("table[data-table=funds] .suggested").text(),
                "执行率 × 分值 beside the self-score");
        assertEquals("99", figure(page, "total-score"));
        assertEquals("100", figure(page, "total-weight"));
        assertEquals("40", figure(page, "management-score"));
        assertEquals("转移支付绩效自评", page.selectFirst(".disclosure-meta dt:containsOwn(报告类型) + dd").text(),
                "a 转移支付's report as it calls itself, not gongkai's 项目支出绩效自评");
        assertTrue(page.select("section.tables > h2").isEmpty(), "the document prints no title over its 自评表: none of gongkai's");
    }

    @Test
    void nanjingTotalAndGrade() throws IOException {
        Document page = page("units/nanjing/2023/department-evaluation/index.html");
        assertEquals("99", figure(page, "total-score"));
        assertEquals("优", figure(page, "grade"));
        assertEquals(41, page.select("table[data-table=indicators] tbody th[scope=row]:not(.subgroup)").size()
                - page.select("table[data-table=indicators] tr.subtotal").size());
    }

    /**
     * Merged 一级/二级 cells stay headers of every row they cover: each 一级指标 is its own row group
     * headed by a rowgroup header, and the 二级 row headers span exactly the group's indicator rows.
     */
    @Test
    void mergedIndicatorHeadersCoverTheirRows() throws IOException {
        Document page = page("units/nanjing/2023/department-evaluation/index.html");
        var groups = page.select("table[data-table=indicators] > tbody");
        assertEquals(5, groups.size(), "决策、过程、履职、效益、满意度");
        for (var group : groups) {
            int indicatorRows = group.select("> tr").size() - group.select("> tr.subtotal").size();
            var header = group.selectFirst("> tr > th.group");
            assertEquals("rowgroup", header.attr("scope"));
            assertEquals(indicatorRows, Integer.parseInt(header.attr("rowspan")), header.text());
            int covered = group.select("> tr > th.subgroup[scope=row]").stream()
                    .mapToInt(th -> Integer.parseInt(th.attr("rowspan"))).sum();
            assertEquals(indicatorRows, covered, header.text());
        }
    }

    @Test
    void jiangeIncomeAndExpenditureShares() throws IOException {
        Document page = page("units/jiange/2022/final-accounts/index.html");
        assertEquals(List.of("3429.91", "96.46%"), row(page, "income", "一般公共预算财政拨款收入"));
        assertEquals(List.of("125.91", "3.54%"), row(page, "income", "政府性基金预算财政拨款收入"));
        assertEquals(List.of("392.51", "11.04%"), row(page, "expenditure", "基本支出"));
        assertEquals(List.of("3163.31", "88.96%"), row(page, "expenditure", "项目支出"));
        assertEquals("3555.82", figure(page, "income-total"));
    }

    @Test
    void jiangeFunctionalClassificationShares() throws IOException {
        Document page = page("units/jiange/2022/final-accounts/index.html");
        assertEquals("1.09%", row(page, "general-budget", "社会保障和就业支出（类）").get(6));
        assertEquals("78.19%", row(page, "general-budget", "卫生健康支出（类）").get(6));
        assertEquals("0.62%", row(page, "general-budget", "住房保障（类）").get(6));
        assertEquals("20.10%", row(page, "general-budget", "农林水支出（类）").get(6));
        assertEquals(List.of("", "2299.53", "2299.53", "0", "2299.53", "100.00%", "67.04%"),
                row(page, "general-budget", "城乡医疗救助（项）"));
    }

    /**
     * The seed prints its changes from 2021 in the 说明's sentences, not in a table; since content/ writes
     * the document down with `parts:`, the page shows them where the seed does.
     */
    @Test
    void jiangeChangesFromTheStated2021Figures() throws IOException {
        Document page = page("units/jiange/2022/final-accounts/index.html");
        assertTrue(section(page, "overview").contains("2022年度收、支总计3555.82万元。与2021年4024.76万元相比，收、支总计各减少468.94万元，下降11.65%"),
                section(page, "overview"));
        assertTrue(section(page, "general-budget").contains("2022年一般公共预算财政拨款支出3429.91万元，占本年支出合计的96.46%。与2021年3857.99万元相比，一般公共预算财政拨款支出减少428.08万元，下降11.10%"),
                section(page, "general-budget"));
        assertTrue(section(page, "other").contains("全年机关运行经费支出46.60万元，比2021年53.70万元减少7.10万元，下降13.22%"),
                section(page, "other"));
        assertTrue(page.select("table[data-table=changes]").isEmpty(), "the seed prints no table of changes");
    }

    static String section(Document page, String id) {
        return page.selectFirst("[data-section=" + id + "]").text();
    }

    @Test
    void jiangeEvaluations() throws IOException {
        Document department = page("units/jiange/2022/department-evaluation/index.html");
        assertEquals("100", figure(department, "total-score"));
        Document project = page("units/jiange/2022/medical-service-capacity/index.html");
        assertEquals("98", figure(project, "total-score"));
        assertEquals("优秀", figure(project, "grade"));
        List<String> pressConference = row(project, "indicators", "召开医保工作省级新闻发布会和政策吹风会");
        assertEquals(List.of("2", "0"), pressConference.subList(3, 5), "分值 2, 自评得分 0");
    }

    @Test
    void siteHasHomeUnitAndReportPagesWithDisclosureMetadata() throws IOException {
        Document home = page("index.html");
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        assertEquals(List.of("江苏省", "内蒙古自治区", "四川省").stream().sorted().toList(),
                home.select("section.region h2").eachText().stream().sorted().toList());
        assertEquals(1, home.select("section.region a[href=units/jiange/2022/final-accounts/index.html]").size());
        assertEquals(5, home.select("ul.latest li").size(), "the latest disclosures");
        Document report = page("units/nanjing/2023/department-evaluation/index.html");
        assertEquals("南京市医疗保障局（本级）", report.selectFirst("meta[name=ContentSource]").attr("content"));
        assertTrue(report.select(".disclosure-meta").text().contains("2023年度"));
        assertTrue(Files.exists(site.resolve("assets/style.css")));
        assertTrue(report.select("link[rel=stylesheet]").attr("href").startsWith("../../../../assets/"));
        assertTrue(report.select("[src^=http], [src^=//], link[href^=http]").isEmpty(), "no external asset");
        assertEquals(List.of("../../../../assets/site.js"), report.select("script").eachAttr("src"),
                "only the site's own script, which adds sorting and filtering");
        assertTrue(report.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script");
        assertEquals(1, report.select("script[type=application/ld+json]").size(), "one data block: the report's Dataset, which no browser runs");
    }
}
