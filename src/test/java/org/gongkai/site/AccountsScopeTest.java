package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several units in one disclosure (issue 14 item 3), after 鄂尔多斯市卫生健康委员会 (D37), which publishes a
 * 部门决算 and a 单位决算 for the same year: a 部门决算 with its 决算单位构成 (本级 and two 下属单位, one of
 * which publishes its own 单位决算 on the site), shown as printed; one comparison row per unit, the 部门
 * one where a unit has both, the subordinate marked as included in its parent's and left out of the
 * ranking; year-over-year within the same scope. Figures are made up.
 */
class AccountsScopeTest {

    @TempDir
    Path dir;
    Path content;

    @BeforeEach
    void fixture() throws IOException {
        content = dir.resolve("content");
        write("site.yaml", """
                title: 卫生健康决算公开
                base-url: https://example.org/
                charts: none
                """);
        write("units/ordos/unit.yaml", """
                name: 鄂尔多斯市卫生健康委员会
                level: 市级
                region: [内蒙古自治区, 鄂尔多斯市]
                """);
        write("units/ordos-center/unit.yaml", """
                name: 鄂尔多斯市卫生健康综合保障中心
                level: 市级
                region: [内蒙古自治区, 鄂尔多斯市]
                parent: ordos
                """);
        write("units/baotou/unit.yaml", """
                name: 包头市卫生健康委员会
                level: 市级
                region: [内蒙古自治区, 包头市]
                """);
        write("units/ordos/2022/final-accounts.yaml", accounts("鄂尔多斯市卫生健康委员会2022年度部门决算", 2022, "部门", 300, 500));
        write("units/ordos/2022/bureau-accounts.yaml", accounts("鄂尔多斯市卫生健康委员会2022年度单位决算", 2022, "单位", 150, 50));
        write("units/ordos/2023/final-accounts.yaml", accounts("鄂尔多斯市卫生健康委员会2023年度部门决算", 2023, "部门", 400, 600) + """
                composition:
                  - { name: 鄂尔多斯市卫生健康委员会本级, type: 行政单位, unit: ordos }
                  - { name: 鄂尔多斯市卫生健康综合保障中心, type: 参照公务员法管理事业单位, unit: ordos-center }
                  - { name: 鄂尔多斯市卫生健康监督所, type: 事业单位 }
                """);
        // Its id sorts before final-accounts: the 部门决算 is compared because it is the wider, not because it comes first.
        write("units/ordos/2023/bureau-accounts.yaml", accounts("鄂尔多斯市卫生健康委员会2023年度单位决算", 2023, "单位", 200, 50));
        write("units/ordos-center/2023/final-accounts.yaml",
                accounts("鄂尔多斯市卫生健康综合保障中心2023年度单位决算", 2023, "单位", 100, 200));
        write("units/baotou/2023/final-accounts.yaml", accounts("包头市卫生健康委员会2023年度部门决算", 2023, null, 200, 300));
    }

    private static String accounts(String title, int year, String scope, int basic, int project) {
        return "kind: final-accounts\ntitle: " + title + "\nyear: " + year + "\nmoney-unit: 万元\n"
                + (scope == null ? "" : "scope: " + scope + "\n")
                + "income:\n  general-budget: " + (basic + project) + "\nexpenditure:\n  basic: " + basic
                + "\n  project: " + project + "\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path built() throws IOException {
        return built(false);
    }

    private Path built(boolean audit) throws IOException {
        List<Diagnostic> checked = new SiteBuilder(1).check(content).diagnostics();
        assertEquals(List.of(), checked);
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuilder(1).build(content, out, audit);
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> !d.rule().equals("chart.no-cjk-font")).toList());
        return out;
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static String reportType(Document page) {
        return page.select("dl.disclosure-meta div").stream().filter(d -> d.select("dt").text().equals("报告类型"))
                .findFirst().orElseThrow().select("dd").text();
    }

    @Test
    void theCompositionIsOnThePageAsPrinted() throws IOException {
        Path out = built();
        Document department = page(out, "units/ordos/2023/final-accounts/index.html");
        Element composition = department.selectFirst("section.composition");
        assertNotNull(composition);
        assertEquals("决算单位构成", composition.selectFirst("h2").text());
        assertEquals(List.of(
                "1 鄂尔多斯市卫生健康委员会本级 行政单位",
                "2 鄂尔多斯市卫生健康综合保障中心 参照公务员法管理事业单位",
                "3 鄂尔多斯市卫生健康监督所 事业单位"),
                composition.select("tbody tr").eachText());
        // The subordinate that publishes on the site is linked; the 本级 line names the page's own unit, so it is not.
        assertEquals(List.of("../../../../units/ordos-center/index.html"), composition.select("tbody a").eachAttr("href"));
        assertEquals("部门决算", reportType(department));
        Document unitAccounts = page(out, "units/ordos/2023/bureau-accounts/index.html");
        assertEquals(null, unitAccounts.selectFirst("section.composition"));
        assertEquals("单位决算", reportType(unitAccounts));
        assertTrue(unitAccounts.select("meta[name=description]").attr("content").endsWith("2023年度单位决算"),
                unitAccounts.select("meta[name=description]").toString());
    }

    @Test
    void listsNameEachDocumentAsItsScopeSays() throws IOException {
        Path out = built();
        assertEquals(List.of("2023年度 鄂尔多斯市卫生健康委员会2023年度单位决算 单位决算",
                "2023年度 鄂尔多斯市卫生健康委员会2023年度部门决算 部门决算",
                "2022年度 鄂尔多斯市卫生健康委员会2022年度单位决算 单位决算",
                "2022年度 鄂尔多斯市卫生健康委员会2022年度部门决算 部门决算"),
                page(out, "units/ordos/index.html").select("ul.report-list li").eachText());
        assertTrue(page(out, "index.html").text().contains("鄂尔多斯市卫生健康综合保障中心2023年度单位决算 2023年度 单位决算"),
                page(out, "index.html").text());
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<summary>鄂尔多斯市卫生健康委员会 2023年度单位决算</summary>"), feed);
        assertTrue(feed.contains("<summary>包头市卫生健康委员会 2023年度部门决算</summary>"), feed);
    }

    @Test
    void eachUnitHasOneComparisonRowAndTheSubordinateIsNotCountedTwice() throws IOException {
        Path out = built();
        Document compare = page(out, "compare/2023/index.html");
        List<Element> rows = compare.select("#compare-table tbody tr");
        assertEquals(List.of("包头市卫生健康委员会", "鄂尔多斯市卫生健康委员会", "鄂尔多斯市卫生健康综合保障中心"),
                rows.stream().map(r -> r.selectFirst("th a").text()).toList());
        Element ordos = rows.get(1);
        // The 部门决算 is compared (收、支总计 1000), its 单位决算 named beside it.
        Element total = ordos.select("td").get(2);
        assertEquals("1000", total.text());
        assertTrue(total.selectFirst("a").attr("href").endsWith("units/ordos/2023/final-accounts/index.html"));
        assertEquals("部门决算；另有单位决算", ordos.selectFirst(".scope-note").text());
        Element center = rows.get(2);
        assertEquals("ordos", center.selectFirst(".included-note").attr("data-included-in"));
        assertEquals("已含在鄂尔多斯市卫生健康委员会部门决算中，不重复计算", center.selectFirst(".included-note").text());
        assertEquals(null, rows.get(0).selectFirst(".scope-note, .included-note"));
        assertTrue(compare.selectFirst("[data-counting]").text().contains("其中 1 个单位的决算已含在上级部门决算"),
                compare.selectFirst("[data-counting]").text());
        // Ranked once: the parent's 部门决算 holds the subordinate's money.
        assertEquals(List.of("鄂尔多斯市卫生健康委员会 1000", "包头市卫生健康委员会 500"),
                compare.select("table[data-chart=rank-total] tbody tr").eachText());
    }

    @Test
    void yearOverYearComparesTheSameScope() throws IOException {
        Path out = built();
        assertEquals("800", previousGrandTotal(page(out, "units/ordos/2023/final-accounts/index.html")));
        assertEquals("200", previousGrandTotal(page(out, "units/ordos/2023/bureau-accounts/index.html")));
        // The unit's timeline takes its 部门决算 in both years.
        Element timeline = page(out, "units/ordos/index.html").selectFirst("table[data-table=timeline]");
        assertEquals("收、支总计（万元） 800 1000", timeline.select("tbody tr").first().text());
    }

    private static String previousGrandTotal(Document page) {
        Element row = page.select("table[data-table=changes] tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("收、支总计")).findFirst().orElseThrow();
        return row.select("td").get(1).text();
    }

    /** The notes under a unit's name on the compare page and the 决算单位构成 table are valid HTML (in a reviewer's build, which has more pages). */
    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlValidityTest.assertValid(built(true));
    }

    @Test
    void twoDepartmentAccountsInOneYearAreAnErrorAtTheSecond() throws IOException {
        write("units/ordos/2023/copy.yaml", accounts("鄂尔多斯市卫生健康委员会2023年度部门决算", 2023, "部门", 400, 600));
        List<Diagnostic> found = new SiteBuilder(1).check(content).diagnostics();
        assertEquals(1, found.size(), found::toString);
        Diagnostic finding = found.get(0);
        assertEquals("accounts.same-scope", finding.rule());
        assertTrue(finding.position().file().endsWith("units/ordos/2023/final-accounts.yaml"), finding::toString);
        assertEquals(5, finding.position().line());
        assertEquals(8, finding.position().column());
        assertTrue(finding.message().contains("copy.yaml"), finding::toString);
        Path out = dir.resolve("refused");
        assertEquals(found, new SiteBuilder(1).build(content, out).diagnostics().stream()
                .filter(d -> !d.rule().equals("chart.no-cjk-font")).toList());
    }
}
