package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page shows what the document has and nothing it does not (issue 14 items 5 and 6): an unscored
 * 转移支付区域绩效目标自评表 has no score, 小计, 总分, 等级 or score chart anywhere on the site, while a
 * scored report of another unit in the same year keeps its own; an evaluation that states its result
 * only in its text builds and shows that result as stated.
 */
class FaithfulEvaluationTest {

    @TempDir
    static Path dir;

    static Path site;
    static List<Diagnostic> checked;

    static final String UNSCORED = "units/alpha/2023/transfer/";
    static final String SCORED = "units/beta/2023/project/";
    static final String STATED_ONLY = "units/gamma/2023/department-evaluation/";

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("site.yaml"), """
                title: 示例省医疗保障信息公开
                base-url: https://example.org/
                charts: svg
                """ + DemoContent.GRADE_SCALE);
        unit(content, "alpha", "甲县医疗保障局");
        unit(content, "beta", "乙县医疗保障局");
        unit(content, "gamma", "丙县医疗保障局");
        write(content.resolve("units/alpha/2023/transfer.yaml"), """
                kind: project-evaluation
                funding: 转移支付
                title: 甲县转移支付区域绩效目标自评表（2023年度）
                year: 2023
                money-unit: 万元
                funds:
                  label: 资金情况
                  columns: { source: 资金来源, budget: 全年预算数, executed: 全年执行数, rate: 执行率 }
                  total: { source: 年度资金总额, budget: 100, executed: 90 }
                  sources:
                    - { source: 中央补助, budget: 60, executed: 50 }
                    - { source: 地方资金, budget: 40, executed: 40 }
                goals-columns: { planned: 区域年度目标, actual: 年度总体目标完成情况 }
                goals:
                  - { planned: 提升医保服务能力, actual: 已完成 }
                columns: { target: 年度指标值, actual: 实际完成值, reason: 未完成原因 }
                indicators:
                  - group: 产出指标
                    subgroups:
                      - group: 数量指标
                        items:
                          - { name: 参保人数, target: ≥1000人, actual: 1200人 }
                          - { name: 服务站数量, target: ≥10个, actual: 8个, reason: 场地未落实 }
                """);
        write(content.resolve("units/beta/2023/project.yaml"), """
                kind: project-evaluation
                title: 乙县项目支出绩效自评表（2023年度）
                year: 2023
                money-unit: 万元
                funds:
                  weight: 10
                  score: 10
                  total: { source: 年度资金总额, budget: 50, executed: 50, stated-rate: "100%" }
                indicators:
                  - group: 产出指标
                    subgroups:
                      - group: 数量指标
                        items:
                          - { name: 参保人数, target: ≥500人, actual: 600人, weight: 90, score: 87 }
                stated: { weight: 100, total: 97, grade: 优 }
                """);
        write(content.resolve("units/gamma/2023/department-evaluation.yaml"), """
                kind: department-evaluation
                title: 丙县医疗保障局2023年度部门整体支出绩效评价自评报告
                year: 2023
                money-unit: 万元
                stated: { total: 92.5, grade: 优 }
                """);
        write(content.resolve("units/gamma/2023/department-evaluation.md"), """
                ## 评价结论

                经自评，本部门2023年度整体支出绩效自评得分92.5分，等级为“优”。
                """);
        checked = new SiteBuilder(1).check(content).diagnostics();
        site = dir.resolve("site");
        BuildResult built = new SiteBuilder(1).build(content, site, false);
        assertEquals(List.of(), built.diagnostics().stream().filter(Diagnostic::isError).toList());
    }

    private static void unit(Path content, String id, String name) throws IOException {
        write(content.resolve("units/" + id + "/unit.yaml"), """
                name: %s
                level: 县级
                region: [示例省, 示例市, %s]
                """.formatted(name, name.substring(0, 2)));
    }

    @Test
    void anUnscoredReportsPageHasNoScoreColumnRowBlockOrChart() throws IOException {
        Document page = page(UNSCORED + "index.html");
        String tables = page.select("table").text();
        for (String word : List.of("分值", "得分", "权重", "小计", "总分", "等级")) {
            assertFalse(tables.contains(word), word + " in a table of " + tables);
        }
        assertNull(page.selectFirst("section.result"), "no 自评结果 block");
        assertTrue(page.select("tr.subtotal").isEmpty());
        assertTrue(page.select("table.indicators tfoot").isEmpty());
        assertNull(page.selectFirst("#chart-scores"), "no chart of weights against scores");
        assertFalse(page.select("main").text().contains("把表中各项得分相加"), "no sentence about adding scores");
        assertEquals(List.of("资金来源", "全年预算数", "全年执行数", "执行率"), headings(page, "funds"), "printed headings");
        assertEquals(List.of("中央补助", "地方资金"), page.select("table.funds tbody tr:not(.total) th").eachText(),
                "row labels as printed, no 其中： added");
        assertEquals(List.of("区域年度目标", "年度总体目标完成情况"), headings(page, "goals"));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "未完成原因"),
                headings(page, "indicators"));
        Element rate = page.selectFirst("table.funds tr.total td[data-figure=rate]");
        assertEquals("90.00%", rate.text());
        assertTrue(rate.hasClass("derived"), "a rate the document does not print is marked as derived");
        assertNotNull(page.selectFirst("[data-explain=derived]"), "the page says what the mark means");
    }

    @Test
    void anUnscoredReportsDownloadsAndChartsHaveNoScore() throws IOException {
        Path folder = site.resolve(UNSCORED);
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertTrue(names.contains("charts/funds.svg") && names.contains("chart-funds.csv"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("score")), names.toString());
            for (String name : names) {
                if (name.endsWith(".csv") || name.equals("data.json")) {
                    String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
                    for (String word : List.of("分值", "得分", "权重", "小计", "总分", "score", "weight")) {
                        assertFalse(text.contains(word), word + " in " + name + ":\n" + text);
                    }
                }
            }
        }
    }

    @Test
    void theComparisonKeepsTheOtherUnitsScoreAndShowsNoneForTheUnscored() throws IOException {
        Document compare = page("compare/2023/index.html");
        List<String> headings = compare.select("table[data-table=compare] thead th").eachText();
        assertTrue(headings.contains("项目自评总分"), headings.toString());
        assertFalse(headings.contains("部门整体自评总分"), "no unit of the year has a derived department total: " + headings);
        int score = headings.indexOf("项目自评总分");
        int grade = headings.lastIndexOf("等级");
        assertEquals("97", cell(compare, "乙县医疗保障局", score));
        assertEquals("优", cell(compare, "乙县医疗保障局", grade));
        assertEquals("", cell(compare, "甲县医疗保障局", score));
        assertEquals("", cell(compare, "甲县医疗保障局", grade));
    }

    @Test
    void theIndicatorPageShowsScoresOnlyWhereThereAreAny() throws IOException {
        Path indicators = site.resolve("indicators");
        Path pageFile;
        try (Stream<Path> found = Files.walk(indicators)) {
            pageFile = found.filter(p -> p.toString().endsWith("index.html") && !p.getParent().equals(indicators))
                    .findFirst().orElseThrow();
        }
        Document page = Jsoup.parse(pageFile.toFile(), "UTF-8");
        assertEquals("参保人数", page.selectFirst("h1").text());
        List<String> headings = page.select("thead th").eachText();
        int score = headings.indexOf("得分");
        assertTrue(score > 0, headings.toString());
        for (Element row : page.select("tbody tr")) {
            String unit = row.selectFirst("th").text();
            String expected = unit.equals("乙县医疗保障局") ? "87" : "";
            assertEquals(expected, row.select("th, td").get(score).text(), unit);
        }
    }

    @Test
    void theSearchIndexAndUnitPageCarryNoScoreOfTheUnscoredReport() throws IOException {
        Document unit = page("units/alpha/index.html");
        assertFalse(unit.select("main").text().contains("自评总分"), unit.select("main").text());
        try (Stream<Path> files = Files.list(site.resolve("search/d"))) {
            int entries = 0;
            for (Path file : files.toList()) {
                for (var entry : new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile())) {
                    if (entry.path("u").asText().startsWith(UNSCORED)) {
                        entries++;
                        String text = entry.toString();
                        assertFalse(text.matches(".*(得分|总分|分值|等级).*"), text);
                    }
                }
            }
            assertTrue(entries >= 2, "the report and its indicators are found: " + entries);
        }
    }

    @Test
    void anEvaluationWithoutAnIndicatorTableBuildsAndShowsItsStatedResult() throws IOException {
        Document page = page(STATED_ONLY + "index.html");
        assertEquals("总分 92.5，等级“优”", page.selectFirst("[data-figure=stated]").text());
        assertEquals("文件所写", page.selectFirst("[data-figure=stated]").parent().selectFirst("dt").text());
        assertNull(page.selectFirst("[data-figure=total-score]"), "no total of gongkai's own");
        assertTrue(page.selectFirst("[data-explain=no-table]").text().contains("无法由表中数字重新计算"));
        assertNull(page.selectFirst("table.indicators"));
        assertNull(page.selectFirst("#chart-scores"));
        Diagnostic note = checked.stream().filter(d -> d.rule().equals("eval.no-indicators")).findFirst().orElseThrow();
        assertEquals("NOTE", note.severity().name());
        assertEquals("units/gamma/2023/department-evaluation.yaml", note.position().file().replace('\\', '/')
                .replaceFirst(".*?(units/)", "units/"));
        assertEquals(5, note.position().line());
        assertTrue(note.toString().contains(": 提示 [eval.no-indicators]"), note.toString());
        assertTrue(checked.stream().noneMatch(Diagnostic::isError), checked.toString());
    }

    private static String cell(Document page, String unit, int column) {
        for (Element row : page.select("table[data-table=compare] tbody tr")) {
            if (row.selectFirst("th").text().equals(unit)) {
                return row.select("th, td").get(column).text();
            }
        }
        throw new AssertionError("no row " + unit);
    }

    private static List<String> headings(Document page, String table) {
        return page.select("table[data-table=" + table + "] thead th").eachText();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
