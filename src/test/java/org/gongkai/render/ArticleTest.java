package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.SampleContent;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml {@code outputs: [html, article]}: each report's article.html is a fragment for a CMS editor:
 * what a typical sanitiser (jsoup's relaxed safelist plus style attributes) leaves of it still has
 * every table of the page cell by cell with its merged cells, and every chart (its caption and its
 * figures); before sanitising each chart is there as inline SVG; nothing in it is a script, a class or
 * a reference outside it but the one link back to the page.
 */
class ArticleTest {

    static final List<String> REPORTS = SampleContent.REPORTS;

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = SampleContent.withOutputs(dir.resolve("sample"), "html, article");
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
    }

    private static String read(String report, String file) throws IOException {
        return Files.readString(site.resolve("units/" + report + "/" + file));
    }

    @Test
    void afterASanitiserEveryTableIsThereCellByCell() throws IOException {
        for (String report : REPORTS) {
            String page = read(report, "index.html");
            Document cleaned = Jsoup.parseBodyFragment(
                    Jsoup.clean(read(report, "article.html"), Safelist.relaxed().addAttributes(":all", "style")));
            List<PageTables.Table> tables = PageTables.scan(page);
            List<Element> left = cleaned.select("table");
            assertEquals(tables.size(), left.size(), report + ": every table and chart table of the page");
            assertTrue(tables.size() >= 2, report + " has tables");
            for (int t = 0; t < tables.size(); t++) {
                List<List<String>> expected = cells(tables.get(t));
                List<List<String>> actual = cells(left.get(t));
                assertEquals(expected.size(), actual.size(), report + " " + tables.get(t).key() + ": rows");
                for (int r = 0; r < expected.size(); r++) {
                    assertEquals(expected.get(r), actual.get(r), report + " " + tables.get(t).key() + " row " + r);
                }
                assertTrue(cleaned.text().contains(tables.get(t).caption()), report + ": title of " + tables.get(t).key());
                assertTrue(cleaned.text().contains(tables.get(t).unit()), report + ": 单位 line of " + tables.get(t).key());
            }
        }
    }

    @Test
    void everyChartIsInlineSvgAndItsCaptionAndFiguresOutliveTheSanitiser() throws IOException {
        int charts = 0;
        for (String report : REPORTS) {
            Document page = Jsoup.parse(read(report, "index.html"));
            String article = read(report, "article.html");
            Document raw = Jsoup.parseBodyFragment(article);
            String cleaned = Jsoup.parseBodyFragment(
                    Jsoup.clean(article, Safelist.relaxed().addAttributes(":all", "style"))).text();
            for (Element chart : page.select("div.chart")) {
                String id = chart.id().substring("chart-".length());
                Element svg = raw.selectFirst("svg:has(title#gk-" + id + "-title)");
                assertTrue(svg != null, report + ": chart " + id + " inline with its own title id");
                assertTrue(svg.selectFirst("desc").text().endsWith(chart.selectFirst("img").attr("alt")),
                        report + ": the chart's own SVG");
                String caption = chart.selectFirst("figcaption").text().replaceFirst(" 下载：.*$", "");
                assertTrue(cleaned.contains(caption), report + ": caption of " + id + " after sanitising");
                charts++;
            }
        }
        assertEquals(7 + 2 + 1 + 1 + 2, charts, "the sample's charts");
    }

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(src|href|srcset|action|poster|data|xlink:href)\\s*=\\s*(['\"])([^'\"]*)\\2|url\\(\\s*([^)]*)\\)|@import");

    @Test
    void noScriptNoClassNoReferenceOutsideTheFragment() throws IOException {
        for (String report : REPORTS) {
            String article = read(report, "article.html");
            Document raw = Jsoup.parseBodyFragment(article);
            assertTrue(raw.select("script, style, link, iframe, object, embed, img, image, use, [class]").isEmpty(),
                    report + ": " + raw.select("script, style, link, iframe, object, embed, img, image, use, [class]"));
            assertTrue(raw.select("[id]").stream().allMatch(e -> !e.parents().select("svg").isEmpty()),
                    report + ": ids only inside the charts");
            assertTrue(raw.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .noneMatch(a -> a.getKey().startsWith("on")), report + ": no event handler");
            String pageUrl = "https://example.org/gongkai/units/" + report + "/index.html";
            Matcher references = REFERENCE.matcher(article);
            List<String> found = new ArrayList<>();
            while (references.find()) {
                String target = references.group(3) != null ? references.group(3) : references.group(4);
                boolean inside = target != null && target.startsWith("#");
                boolean backToThePage = "href".equalsIgnoreCase(references.group(1)) && pageUrl.equals(target);
                if (!inside && !backToThePage) {
                    found.add(references.group());
                }
            }
            assertEquals(List.of(), found, report + ": references outside the fragment");
            assertEquals(1, raw.select("a[href]").size(), report + ": the one link, back to the page");
            assertEquals(pageUrl, raw.selectFirst("a[href]").attr("href"));
            for (Element element : raw.select("div, p, h1, h2, h3, table, th, td, li")) {
                assertFalse(element.attr("style").isEmpty(), report + ": style inline on " + element.tagName());
            }
        }
    }

    @Test
    void linkedFromThePageOnlyWhenMade() throws IOException {
        for (String report : REPORTS) {
            assertTrue(read(report, "index.html").contains("<a href=\"article.html\" download>复制到网站后台的正文"), report);
        }
        Path content = SampleContent.copyTo(dir.resolve("plain"));
        Path plain = dir.resolve("plain-site");
        assertFalse(new SiteBuilder(1).build(content, plain).failed());
        Path folder = plain.resolve("units/jiange/2022/final-accounts");
        assertFalse(Files.exists(folder.resolve("article.html")), "only when outputs lists article");
        assertFalse(Files.readString(folder.resolve("index.html")).contains("article.html"));
    }

    @Test
    void theSameReportGivesTheSameBytesAndAnUnchangedOneIsNotMadeAgain() throws IOException {
        Path again = dir.resolve("again");
        Path content = SampleContent.copyTo(dir.resolve("sample2"));
        SampleContent.edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\noutputs: [html, article]");
        assertFalse(new SiteBuilder(1).build(content, again).failed());
        for (String report : REPORTS) {
            assertEquals(read(report, "article.html"), Files.readString(again.resolve("units/" + report + "/article.html")), report);
        }
        Path jiange = again.resolve("units/jiange/2022/final-accounts/article.html");
        Path wuhai = again.resolve("units/wuhai/2023/medical-service-capacity/article.html");
        Object jiangeBefore = inode(jiange);
        Object wuhaiBefore = inode(wuhai);
        String wuhaiText = Files.readString(wuhai);
        SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 8\n");
        assertFalse(new SiteBuilder(1).build(content, again).failed());
        assertEquals(jiangeBefore, inode(jiange), "an unchanged report's article is taken over, not made again");
        assertFalse(wuhaiBefore.equals(inode(wuhai)) || wuhaiText.equals(Files.readString(wuhai)), "the changed report's is made again");
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /** The cells of a scanned table: text, colspan, rowspan. */
    private static List<List<String>> cells(PageTables.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<PageTables.Cell> row : table.rows()) {
            rows.add(row.stream().map(c -> c.text() + "|" + c.colspan() + "|" + c.rowspan()).toList());
        }
        return rows;
    }

    /** The cells of a sanitised table as a reader sees them: text with its line breaks, colspan, rowspan. */
    private static List<List<String>> cells(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            for (Element cell : tr.select("th, td")) {
                StringBuilder text = new StringBuilder();
                for (Node node : cell.childNodes()) {
                    if (node instanceof TextNode t) {
                        text.append(t.text());
                    } else if (node instanceof Element e) {
                        text.append(e.tagName().equals("br") ? "\n" : e.text());
                    }
                }
                int colspan = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                int rowspan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                String lines = String.join("\n", text.toString().strip().lines().map(String::strip).toList());
                row.add(lines + "|" + colspan + "|" + rowspan);
            }
            rows.add(row);
        }
        return rows;
    }
}
