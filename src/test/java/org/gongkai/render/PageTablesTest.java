package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.site.OutputFolder;
import org.gongkai.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloads' tables are read from the rendered pages by a scanner, not a DOM parser; on every page
 * of the sample and of a generated corpus it must read what an HTML5 parser (jsoup) reads.
 */
class PageTablesTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatAnHtmlParserReadsOnEveryPage() throws IOException {
        Path sample = dir.resolve("sample");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, sample, true).failed());
        Path content = new CorpusGenerator(4, 2, 2021, 3).write(dir.resolve("generated"), unit -> { });
        Path corpus = dir.resolve("corpus");
        assertFalse(new SiteBuilder().build(content, corpus).failed());
        int tables = 0;
        for (Path site : List.of(sample, corpus)) {
            for (String path : OutputFolder.list(site)) {
                if (path.endsWith(".html")) {
                    String html = Files.readString(site.resolve(path));
                    List<TableData> expected = withJsoup(html);
                    assertEquals(expected, TableData.of(html), path);
                    tables += expected.size();
                }
            }
        }
        assertTrue(tables > 300, "compared " + tables + " tables");
    }

    @Test
    void mergedCellsNotesReferencesAndCaptionText() {
        String html = """
                <p>before <table><tr><td>not a data table</td></tr></table>
                <table data-table="t"><caption>资金 &amp; 得分<span class="unit"><a class="download" href="t.csv">下载</a></span></caption>
                <thead><tr><th scope="col" colspan="2">一级&lt;二级&gt;</th><th>得分</th></tr></thead>
                <tbody><tr><th rowspan="2">产出</th><td>数量<br>指标</td><td class="num">29 <span class="suggested">（规则 30）</span></td></tr>
                <tr><td>质量&#x6307;标</td><td>  30&nbsp;
                 分 </td></tr></tbody></table>
                <table data-chart="c"><caption>图1</caption><tr><th>项目</th></tr></table>
                """;
        List<TableData> tables = TableData.of(html);
        assertEquals(withJsoup(html), tables);
        assertEquals("资金 & 得分", tables.get(0).caption());
        assertEquals(List.of(List.of("一级<二级>", "一级<二级>", "得分"), List.of("产出", "数量 指标", "29"),
                List.of("产出", "质量指标", "30 分")), tables.get(0).rows());
        assertEquals("chart-c", tables.get(1).key());
    }

    @Test
    void aValueOverSeveralLinesKeepsItsLineBreaksInTheCsvAndJson() {
        String html = """
                <table data-table="indicators"><tr><th scope="row">产出\n指标</th><td class="text">完成得满分；\n  未完成 不得分\n</td>                <td class="text">一<br>二</td><td>=1\n+2</td></tr></table>
                """;
        List<TableData> tables = TableData.of(html);
        assertEquals(withJsoup(html), tables);
        assertEquals(List.of(List.of("产出 指标", "完成得满分；\n未完成 不得分", "一\n二", "=1 +2")), tables.get(0).rows());
        java.util.Map<String, byte[]> files = Downloads.forPage("a/", html, java.util.Map.of());
        String csv = new String(files.get("a/indicators.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFF产出 指标,\"完成得满分；\n未完成 不得分\",\"一\n二\",'=1 +2\r\n", csv);
        String json = new String(files.get("a/data.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"完成得满分；\\n未完成 不得分\""), json);
    }

    /** The reading of a page with a DOM, as gongkai did before the scanner: the reference. */
    private static List<TableData> withJsoup(String html) {
        Document page = Jsoup.parse(html);
        page.select("td .suggested, td .stated, caption a.download").remove();
        List<TableData> tables = new ArrayList<>();
        for (Element table : page.select("table[data-table], table[data-chart]")) {
            String key = table.hasAttr("data-table") ? table.attr("data-table") : "chart-" + table.attr("data-chart");
            Element caption = table.selectFirst("caption");
            String title = caption == null ? "" : caption.ownText().strip();
            table.select("caption").remove();
            List<List<PageTables.Cell>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                rows.add(tr.select("> th, > td").stream()
                        .map(cell -> new PageTables.Cell(text(cell), span(cell.attr("colspan")), span(cell.attr("rowspan"))))
                        .toList());
            }
            tables.add(TableData.of(new PageTables.Table(key, title, rows)));
        }
        return tables;
    }

    /** A cell's text as a browser shows it: line breaks kept where the theme says {@code white-space: pre-line}. */
    private static String text(Element cell) {
        if (!cell.hasClass("text")) {
            return cell.text().strip();
        }
        cell.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode("\n")));
        List<String> lines = new ArrayList<>();
        for (String line : cell.wholeText().split("\r\n|\r|\n", -1)) {
            lines.add(line.replaceAll("[ \t\f\u00A0]+", " ").strip());
        }
        return String.join("\n", lines).strip();
    }

    private static int span(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
