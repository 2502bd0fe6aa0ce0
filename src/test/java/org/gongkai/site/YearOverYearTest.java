package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Year-over-year changes, from the stated figures or from last year's own report, on the page and in charts. */
class YearOverYearTest {

    @TempDir
    Path dir;

    private Document build(Path content, String page) throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), () -> result.diagnostics().toString());
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    }

    private static String section(Document page, String id) {
        return page.selectFirst("[data-section=" + id + "]").text();
    }

    @Test
    void jiangeChangesFromTheStated2021Figures() throws IOException {
        Document page = build(SampleContent.SAMPLE, "units/jiange/2022/final-accounts/index.html");
        assertTrue(section(page, "overview").contains("收、支总计各减少468.94万元，下降11.65%"), section(page, "overview"));
        assertTrue(section(page, "general-budget").contains("一般公共预算财政拨款支出减少428.08万元，下降11.10%"));
        assertTrue(section(page, "three-public").contains("较上年2.85万元减少1.35万元，下降47.37%"));
        assertTrue(section(page, "other").contains("比2021年53.70万元减少7.10万元，下降13.22%"));
    }

    @Test
    void lastYearsReportIsPreferredAndADisagreementIsReported() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path report2021 = content.resolve("units/jiange/2021/final-accounts.yaml");
        Files.createDirectories(report2021.getParent());
        Files.writeString(report2021, """
                kind: final-accounts
                title: 剑阁县医疗保障局2021年度部门决算（测试用）
                year: 2021
                money-unit: 元
                income: { general-budget: 38579900, government-fund: 1600000 }
                expenditure: { basic: 3585800, project: 36594100 }
                three-public:
                  actual: { reception: 28500 }
                operating-costs: 537000
                """);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), () -> result.diagnostics().toString());
        List<Diagnostic> conflicts = result.diagnostics().stream().filter(d -> d.rule().equals("yoy.previous-year")).toList();
        assertEquals(List.of("previous-year.total", "previous-year.fiscal-total"),
                conflicts.stream().map(Diagnostic::path).toList(), "no general-budget table in 2021: not compared");
        Diagnostic conflict = conflicts.get(0);
        assertTrue(conflict.message().contains("4024.76") && conflict.message().contains("4017.99")
                && conflict.message().contains(report2021.toString()), conflict::toString);
        assertTrue(conflict.position().file().endsWith("units/jiange/2022/final-accounts.yaml"));

        Document page = Jsoup.parse(site.resolve("units/jiange/2022/final-accounts/index.html").toFile(), "UTF-8");
        // 3555.82 − 4017.99 = −462.17; 462.17 / 4017.99 = 11.5025…%
        assertTrue(section(page, "overview").contains("与2021年4017.99万元相比，收、支总计各减少462.17万元，下降11.50%"),
                section(page, "overview"));
        Document unit = Jsoup.parse(site.resolve("units/jiange/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2021年", "2022年"), unit.select("table[data-table=timeline] thead th").eachText().subList(1, 3));
    }

    @Test
    void unitTimelineShowsTheStatedYearAndTheScores() throws IOException {
        Document unit = build(SampleContent.SAMPLE, "units/jiange/index.html");
        Element timeline = unit.selectFirst("table[data-table=timeline]");
        assertEquals(List.of("项目", "2021年*", "2022年"), timeline.select("thead th").eachText());
        assertEquals(List.of("4024.76", "3555.82"), cells(timeline, "收、支总计（万元）"));
        assertEquals(List.of("53.70", "46.60"), cells(timeline, "机关运行经费（万元）"));
        assertEquals(List.of("", "100"), cells(timeline, "部门整体支出绩效自评总分"));
        assertEquals(2, unit.select("div.chart").size());
    }

    private static List<String> cells(Element table, String label) {
        for (Element row : table.select("tbody tr")) {
            if (row.selectFirst("th").text().equals(label)) {
                return row.select("td").stream().map(Element::text).toList();
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void aUnitCanWriteASectionItself() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Files.writeString(content.resolve("units/jiange/2022/final-accounts.income.md"),
                "本单位自行撰写的收入说明。<script>alert(1)</script>");
        Document page = build(content, "units/jiange/2022/final-accounts/index.html");
        String income = section(page, "income");
        assertTrue(income.contains("本单位自行撰写的收入说明。"), income);
        assertFalse(income.contains("占96.46%"), "the generated text is replaced");
        assertTrue(page.select("[data-section=income] script").isEmpty());
    }

    @Test
    void anUnknownSectionFileIsAnError() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Files.writeString(content.resolve("units/jiange/2022/final-accounts.incomes.md"), "笔误");
        BuildResult result = new SiteBuilder().build(content, dir.resolve("site"));
        assertTrue(result.failed());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.rule().equals("content.unknown-section")
                && d.message().contains("incomes")));
    }
}
