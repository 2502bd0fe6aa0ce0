package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.gongkai.SampleContent;
import org.gongkai.corpus.CorpusGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published site as a reader uses it: comparisons that agree with the report pages, downloads
 * that agree with their tables, a sitemap with every page, links that all resolve, and search.
 * Built from the sample and from a generated corpus of 30 units × 3 years.
 */
class PublishedSiteTest {

    @TempDir
    static Path dir;
    static Path sample;
    static Path corpus;

    @BeforeAll
    static void build() throws IOException {
        sample = dir.resolve("sample");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, sample).failed());
        Path content = new CorpusGenerator(30, 3, 2021, 7).write(dir.resolve("generated"), unit -> { });
        corpus = dir.resolve("corpus");
        BuildResult result = new SiteBuilder().build(content, corpus);
        assertTrue(result.diagnostics().isEmpty(), () -> "the generated corpus checks clean: " + result.diagnostics());
    }

    static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<String> compareUnits(Path site, int year) throws IOException {
        return page(site, "compare/" + year + "/index.html").select("table[data-table=compare] tbody th[scope=row]").eachText();
    }

    @Test
    void comparisonPagesListEveryUnitOfTheYear() throws IOException {
        assertEquals(List.of("乌海市医疗保障局", "南京市医疗保障局（本级）"), compareUnits(sample, 2023).stream().sorted().toList());
        assertEquals(List.of("剑阁县医疗保障局"), compareUnits(sample, 2022));
        for (int year = 2021; year <= 2023; year++) {
            assertEquals(30, compareUnits(corpus, year).size(), "year " + year);
        }
    }

    @Test
    void aComparisonRowShowsTheFiguresOfTheUnitsOwnPages() throws IOException {
        Document compare = page(corpus, "compare/2023/index.html");
        int checked = 0;
        for (Element row : compare.select("table[data-table=compare] tbody tr")) {
            List<String> cells = row.select("td").eachText();
            String unitHref = row.selectFirst("th a").attr("href").replace("../../", "");
            String unitFolder = unitHref.replace("index.html", "");
            Document accounts = page(corpus, unitFolder + "2023/final-accounts/index.html");
            assertEquals(accounts.selectFirst("[data-figure=grand-total]").text(), cells.get(2), unitFolder + " 收、支总计");
            Document department = page(corpus, unitFolder + "2023/department-evaluation/index.html");
            assertEquals(department.selectFirst("[data-figure=total-score]").text(), cells.get(14), unitFolder + " 自评总分");
            assertEquals(department.selectFirst("[data-figure=grade]").text(), cells.get(15), unitFolder + " 等级");
            checked++;
        }
        assertEquals(30, checked);
    }

    @Test
    void jiangesUnitPageCompares2021With2022() throws IOException {
        Document unit = page(sample, "units/jiange/index.html");
        assertEquals(List.of("项目", "2021年*", "2022年"), unit.select("table[data-table=timeline] thead th").eachText());
    }

    @Test
    void everyCsvHasABomAndTheFiguresOfItsTable() throws IOException {
        int csvs = 0;
        for (Path site : List.of(sample, corpus)) {
            for (Path html : files(site, ".html")) {
                Document page = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element table : page.select("table[data-table], table[data-chart]")) {
                    String key = table.hasAttr("data-table") ? table.attr("data-table") : "chart-" + table.attr("data-chart");
                    Path csv = html.resolveSibling(key + ".csv");
                    assertTrue(Files.isRegularFile(csv), csv + " beside " + html);
                    byte[] bytes = Files.readAllBytes(csv);
                    assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                            && (bytes[2] & 0xFF) == 0xBF, csv + " starts with a UTF-8 BOM");
                    Element link = table.selectFirst("caption a.download");
                    assertEquals(key + ".csv", link == null ? null : link.attr("href"), "the table links its CSV");
                    table.select("caption, .suggested, .stated").remove();
                    assertEquals(numbers(table.text()), numbers(new String(bytes, StandardCharsets.UTF_8)), csv.toString());
                    csvs++;
                }
            }
        }
        assertTrue(csvs > 1000, "checked " + csvs);
    }

    /** The figures of a text, as written (a merged cell is repeated in each CSV row it spans, so not counted). */
    static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?%?").matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    @Test
    void theSitemapListsEveryPageWithTheBaseUrl() throws IOException {
        for (Path site : List.of(sample, corpus)) {
            String sitemap = Files.readString(site.resolve("sitemap.xml"));
            String base = site == sample ? "https://example.org/gongkai/" : "https://example.org/corpus/";
            Set<String> listed = new TreeSet<>();
            Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
            while (m.find()) {
                assertTrue(m.group(1).startsWith(base), m.group(1));
                listed.add(m.group(1).substring(base.length()));
            }
            Set<String> pages = new TreeSet<>();
            for (Path html : files(site, ".html")) {
                String path = site.relativize(html).toString().replace('\\', '/');
                if (!path.equals("404.html")) {
                    pages.add(path);
                }
            }
            assertEquals(pages, listed);
        }
    }

    @Test
    void everyInternalLinkResolvesToAFile() throws IOException {
        int links = 0;
        for (Path site : List.of(sample, corpus)) {
            for (Path html : files(site, ".html")) {
                Document page = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element element : page.select("[href], [src]")) {
                    String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:")
                            || target.startsWith("#") || target.equals("data:,")) {
                        continue;
                    }
                    String file = URI.create(target.replaceAll("[#?].*$", "")).getPath();
                    Path resolved = html.getParent().resolve(file).normalize();
                    assertTrue(resolved.startsWith(site) && Files.isRegularFile(resolved),
                            site.relativize(html) + " links to " + target);
                    links++;
                }
            }
        }
        assertTrue(links > 5000, "checked " + links);
    }

    @Test
    void searchFindsAUnitByTwoCharactersAndAReportByAnIndicator() throws IOException {
        assertTrue(new ObjectMapper().readTree(sample.resolve("search/index.json").toFile()).path("shards").asInt() > 1,
                "even the sample's index is split, so that the browser test exercises the shard hash");
        List<String> jiange = hrefs(sample, "剑阁");
        assertTrue(jiange.contains("units/jiange/index.html"), jiange::toString);
        List<String> satisfaction = hrefs(sample, "参保人员对医保服务满意度");
        assertTrue(satisfaction.contains("units/wuhai/2023/medical-service-capacity/index.html"), satisfaction::toString);
        assertTrue(hrefs(sample, "不存在的词语组合").isEmpty());
        List<String> unit = hrefs(corpus, "示例市03医疗保障局");
        assertTrue(unit.contains("units/shili-0003/index.html") && unit.contains("units/shili-0003/2022/final-accounts/index.html"),
                unit::toString);
    }

    /**
     * The search page's algorithm: intersect the postings of the query's character bigrams, each read
     * from the shard its hash names (search/g/), and look the documents up in their chunks (search/d/).
     */
    static List<String> hrefs(Path site, String query) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(site.resolve("search/index.json").toFile());
        int shards = meta.path("shards").asInt();
        int chunk = meta.path("chunk").asInt();
        Set<Integer> result = null;
        for (int i = 0; i + 1 < query.length(); i++) {
            String gram = query.substring(i, i + 2);
            int h = 0;
            for (char c : gram.toCharArray()) {
                h = 31 * h + c;
            }
            JsonNode shard = json.readTree(site.resolve("search/g/" + Integer.remainderUnsigned(h, shards) + ".json").toFile());
            Set<Integer> ids = new TreeSet<>();
            int id = 0;
            for (JsonNode gap : shard.path(gram)) {
                id += gap.asInt();
                ids.add(id);
            }
            if (result == null) {
                result = ids;
            } else {
                result.retainAll(ids);
            }
        }
        List<String> hrefs = new ArrayList<>();
        for (int id : result) {
            JsonNode documents = json.readTree(site.resolve("search/d/" + id / chunk + ".json").toFile());
            hrefs.add(documents.get(id % chunk).path("u").asText());
        }
        return hrefs;
    }

    @Test
    void feedRobotsBundlesAndDatasets() throws IOException {
        String feed = Files.readString(sample.resolve("feed.xml"));
        assertTrue(feed.indexOf("乌海市医疗保障局转移支付整体绩效自评表") < feed.indexOf("剑阁县医疗保障局2022年度部门决算"),
                "2023 disclosures before 2022 ones");
        String corpusFeed = Files.readString(corpus.resolve("feed.xml"));
        assertEquals(100, corpusFeed.split("<entry>", -1).length - 1, "the feed lists the newest 100 of 270 reports");
        assertTrue(corpusFeed.contains("2023年度") && !corpusFeed.contains("2021年度"), "the newest ones");
        assertTrue(Files.readString(sample.resolve("robots.txt")).contains("Sitemap: https://example.org/gongkai/sitemap.xml"));
        try (ZipFile bundle = new ZipFile(sample.resolve("units/jiange/2022/final-accounts/bundle.zip").toFile())) {
            assertTrue(bundle.getEntry("source.yaml") != null && bundle.getEntry("income.csv") != null
                    && bundle.getEntry("data.json") != null);
        }
        try (ZipFile year = new ZipFile(sample.resolve("data/2022.zip").toFile())) {
            assertTrue(year.getEntry("units/jiange/2022/final-accounts/source.yaml") != null);
            assertTrue(year.getEntry("units/wuhai/2023/medical-service-capacity/source.yaml") == null);
        }
        JsonNode data = new ObjectMapper().readTree(sample.resolve("units/jiange/2022/final-accounts/data.json").toFile());
        JsonNode income = null;
        for (JsonNode table : data.path("tables")) {
            if (table.path("key").asText().equals("income")) {
                income = table;
            }
        }
        assertEquals("表2 收入决算表", income.path("caption").asText());
        assertEquals(List.of("一般公共预算财政拨款收入", "3429.91", "96.46%"),
                new ObjectMapper().convertValue(income.path("rows").get(1), List.class));
        assertEquals(Files.readString(SampleContent.SAMPLE.resolve("units/jiange/2022/final-accounts.yaml")),
                Files.readString(sample.resolve("units/jiange/2022/final-accounts/source.yaml")));
    }

    @Test
    void reportsLinkTheSameReportOfTheYearBeforeAndAfter() throws IOException {
        Document middle = page(corpus, "units/shili-0003/2022/department-evaluation/index.html");
        assertEquals("../../2021/department-evaluation/index.html", middle.selectFirst("a[rel=prev]").attr("href")
                .replace("../../../../units/shili-0003/", "../../"));
        assertTrue(middle.selectFirst("a[rel=next]").attr("href").endsWith("units/shili-0003/2023/department-evaluation/index.html"));
    }

    static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
