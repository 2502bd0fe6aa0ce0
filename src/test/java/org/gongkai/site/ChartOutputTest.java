package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml {@code charts}: SVG and PNG by default, SVG only, or no pictures at all (the data tables stay). */
class ChartOutputTest {

    @TempDir
    Path dir;

    private Document build(String charts) throws IOException {
        Path content = SampleContent.copyTo(dir.resolve(charts));
        if (!charts.isEmpty()) {
            SampleContent.edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\ncharts: " + charts);
        }
        Path site = dir.resolve(charts).resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
        return Jsoup.parse(site.resolve("units/jiange/2022/final-accounts/index.html").toFile(), "UTF-8");
    }

    private Path charts(String charts) {
        return dir.resolve(charts).resolve("site/units/jiange/2022/final-accounts/charts");
    }

    @Test
    void svgAndPngByDefault() throws IOException {
        Document page = build("");
        assertEquals(7, page.select("div.chart figure img[src$=.svg]").size());
        assertEquals(7, page.select("div.chart figcaption a[href$=.png]").size());
        assertTrue(Files.isRegularFile(charts("").resolve("total-change.png")));
    }

    @Test
    void svgOnly() throws IOException {
        Document page = build("svg");
        assertEquals(7, page.select("div.chart figure img[src$=.svg]").size());
        assertTrue(page.select("a[href$=.png]").isEmpty(), "no PNG links");
        assertTrue(Files.isRegularFile(charts("svg").resolve("total-change.svg")));
        assertFalse(Files.exists(charts("svg").resolve("total-change.png")));
    }

    @Test
    void noChartsKeepsTheirDataTablesOpen() throws IOException {
        Document page = build("none");
        assertTrue(page.select("div.chart figure, img[src$=.svg]").isEmpty(), "no pictures");
        assertEquals(7, page.select("div.chart details[open] table[data-chart]").size());
        assertFalse(Files.exists(charts("none")));
        // 剑阁县2022年决算：收入总计3555.82万元，上年4024.76万元 (seed 004).
        String totals = page.selectFirst("table[data-chart=total-change]").text();
        assertTrue(totals.contains("2022年 3555.82 3555.82") && totals.contains("2021年 4024.76 4024.76"), totals);
    }
}
