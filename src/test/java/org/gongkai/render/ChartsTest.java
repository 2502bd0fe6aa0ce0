package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.SampleContent;
import org.gongkai.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class ChartsTest {

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void build() throws IOException {
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, dir.resolve("site")).failed());
        report = dir.resolve("site/units/jiange/2022/final-accounts");
    }

    @Test
    void theSevenChartsOfTheFinalAccountsEachWithTextAndTable() throws IOException {
        Document page = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        List<Element> charts = page.select("div.chart");
        assertEquals(List.of("图1", "图2", "图3", "图4", "图5", "图6", "图7"),
                charts.stream().map(c -> c.selectFirst("figcaption").text().split(" ")[0]).toList());
        for (Element chart : charts) {
            Element img = chart.selectFirst("img");
            assertTrue(Files.isRegularFile(report.resolve(img.attr("src"))), img.attr("src"));
            assertTrue(img.attr("alt").length() > 20, "text alternative");
            assertTrue(Files.isRegularFile(report.resolve(chart.selectFirst("a[href$=.png]").attr("href"))));
            assertFalse(chart.select("details table tbody tr").isEmpty(), "data table");
        }
        Element income = page.selectFirst("#chart-income-structure");
        assertTrue(income.selectFirst("img").attr("alt").contains("一般公共预算财政拨款收入3429.91万元（占96.46%）"));
        assertEquals(List.of("一般公共预算财政拨款收入", "3429.91", "96.46%"),
                income.select("tbody tr").get(0).children().eachText());
    }

    @Test
    void svgIsWellFormedAccessibleAndCarriesTheChineseLabelsAsText() throws Exception {
        Path svg = report.resolve("charts/income-structure.svg");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("图2 收入决算结构图", document.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(document.getElementsByTagName("desc").item(0).getTextContent().contains("96.46%"));
        NodeList texts = document.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('|');
        }
        assertTrue(all.toString().contains("一般公共预算财政拨款收入 96.46%"), all::toString);
        assertTrue(all.toString().contains("政府性基金预算财政拨款收入 3.54%"), all::toString);
        assertTrue(Files.readString(svg).contains("Noto Sans CJK SC"), "a CJK font stack is named");
        String change = Files.readString(report.resolve("charts/total-change.svg"));
        assertTrue(change.contains(">4024.76<") && change.contains(">3555.82<") && change.contains(">2021年<"), "bars carry both years");
    }

    @Test
    void chartsAreIdenticalAcrossBuilds() throws IOException {
        Path again = dir.resolve("again");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, again).failed());
        for (String chart : List.of("income-structure.svg", "total-change.svg", "income-structure.png")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(report.resolve("charts/" + chart)),
                    Files.readAllBytes(again.resolve("units/jiange/2022/final-accounts/charts/" + chart))), chart);
        }
    }

    @Test
    void pngsArePngs() throws IOException {
        byte[] png = Files.readAllBytes(report.resolve("charts/income-structure.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void evaluationChartsShowWeightsScoresAndFunds() throws IOException {
        Document page = Jsoup.parse(dir.resolve("site/units/wuhai/2023/medical-service-capacity/index.html").toFile(), "UTF-8");
        Element scores = page.selectFirst("#chart-scores table");
        assertEquals(List.of("项目", "分值", "得分"), scores.select("thead th").eachText());
        assertEquals(List.of("资金投入情况", "10", "9"), scores.select("tbody tr").get(0).children().eachText());
        assertEquals(List.of("产出指标", "45", "45"), scores.select("tbody tr").get(2).children().eachText());
        Element funds = page.selectFirst("#chart-funds table");
        assertEquals(List.of("年度资金总额", "593.57", "554.07"), funds.select("tbody tr").get(0).children().eachText());
    }
}
