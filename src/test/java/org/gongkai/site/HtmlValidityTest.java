package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.gongkai.DemoContent;
import org.gongkai.SampleContent;
import org.gongkai.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated page passes the Nu Html Checker (the W3C's validator), run in process: every page of
 * the sample site built with the audit pages, and every page of a small generated corpus.
 */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheSampleAndAReviewersBuildIsValidHtml() throws Exception {
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, site, true).failed());
        assertValid(site);
    }

    @Test
    void everyPageOfAGeneratedCorpusIsValidHtml() throws Exception {
        Path content = new CorpusGenerator(4, 2, 2022, 11).write(dir.resolve("generated"), unit -> { });
        Path site = dir.resolve("generated-site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        assertValid(site);
    }

    /** Reports written as their documents print them: data tables with merged header cells, 栏次, parts. */
    @Test
    void everyPageOfTheTableFixturesIsValidHtml() throws Exception {
        Path sites = dir.resolve("fixtures");
        for (String doc : List.of("d01", "d05", "d07", "d08", "d12", "d13", "d14", "d15", "d17", "d19", "d20", "d25", "d36", "d37", "d38")) {
            Path site = sites.resolve(doc);
            assertFalse(new SiteBuilder().build(Path.of("src/test/resources/fixtures", doc, "content"), site).failed(), doc);
        }
        assertValid(sites);
    }

    /** A narrative with a GFM table: aligned columns, a line break in a cell. */
    @Test
    void aNarrativeTableIsValidHtml() throws Exception {
        Path content = DemoContent.write(dir.resolve("tables"), DemoContent.SITE_WITHOUT_CHARTS, Map.of(
                "fa.yaml", DemoContent.FINAL_ACCOUNTS,
                "fa.md", """
                        ## 一、机构设置

                        | 项目 | 金额（万元） | 说明 |
                        | :--- | ---: | :---: |
                        | 公务接待费 | 1.50 | 接待 12 批次<br>共 86 人次 |
                        """));
        Path site = dir.resolve("tables-site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        String page = Files.readString(site.resolve("units/demo/2023/fa/index.html"));
        assertTrue(page.contains("<td class=\"align-center\">接待 12 批次<br />"), page);
        assertValid(site, 2);
    }

    static final List<String> GOVERNMENT_META = List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription",
            "ColumnKeywords", "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description", "Url");

    /**
     * Every page of the sample (with a site identification code and every output) carries the government-website
     * metadata, each name once, from site.yaml where it is the site's and from the page where it is the page's;
     * a report page carries a schema.org Dataset whose downloads are the files beside it; the pages and the
     * article fragments are valid HTML.
     */
    @Test
    void everyPageCarriesTheGovernmentMetadataAndEveryReportADataset() throws Exception {
        Path content = SampleContent.copyTo(dir.resolve("meta"));
        SampleContent.edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\nsite-id-code: '5108230099'\noutputs: [html, xlsx, article]");
        SampleContent.edit(content, "units/jiange/unit.yaml", "level: 县级", "level: 县级\nkeywords: [医保经办]");
        // A 发布日期 written as a date is the pages' date; one that is no day of the calendar is none.
        SampleContent.edit(content, "units/jiange/2022/final-accounts.yaml", "year: 2022", "year: 2022\npublished: 2023年9月5日");
        SampleContent.edit(content, "units/nanjing/2023/department-evaluation.yaml", "year: 2023", "year: 2023\npublished: 2024年2月30日");
        Map<String, String> dated = Map.of("units/jiange/2022/final-accounts/index.html", "2023-09-05",
                "units/nanjing/2023/department-evaluation/index.html", "");
        Path site = dir.resolve("meta-site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        int reports = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("index.html") || p.getFileName().toString().equals("404.html"))
                    .sorted().toList()) {
                String path = site.relativize(file).toString();
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                Map<String, String> meta = new java.util.LinkedHashMap<>();
                for (String name : GOVERNMENT_META) {
                    assertEquals(1, page.select("head > meta[name=" + name + "]").size(), path + ": " + name + " once");
                    meta.put(name, page.selectFirst("head > meta[name=" + name + "]").attr("content"));
                }
                assertEquals("医疗保障局预决算公开（示例站点）", meta.get("SiteName"), path);
                assertEquals("example.org", meta.get("SiteDomain"), path);
                assertEquals("5108230099", meta.get("SiteIDCode"), path);
                assertEquals("财政预决算", meta.get("ColumnName"), path);
                assertEquals("各单位部门决算与绩效自评公开", meta.get("ColumnDescription"), path);
                assertEquals("部门决算,绩效自评,预决算公开", meta.get("ColumnKeywords"), path);
                assertEquals("信息公开", meta.get("ColumnType"), path);
                assertEquals("https://example.org/gongkai/" + path, meta.get("Url"), path);
                assertFalse(meta.get("ArticleTitle").isEmpty() || meta.get("Description").isEmpty(), path + ": " + meta);
                assertTrue(meta.get("Keywords").endsWith("医疗保障"), path + ": the site's keywords: " + meta);
                List<org.jsoup.nodes.Element> scripts = page.select("script[type=application/ld+json]");
                if (path.matches("units/[^/]+/\\d{4}/[^/]+/index.html")) {
                    reports++;
                    String title = page.selectFirst("h1").text();
                    String publisher = page.selectFirst(".disclosure-meta dd").text();
                    assertEquals(title, meta.get("ArticleTitle"), path);
                    assertEquals(publisher, meta.get("ContentSource"), path);
                    assertEquals(publisher, meta.get("Author"), path);
                    String year = path.split("/")[2];
                    assertTrue(meta.get("Keywords").contains(year + "年度"), path + ": " + meta);
                    if (path.startsWith("units/jiange/")) {
                        assertTrue(meta.get("Keywords").contains("剑阁县医疗保障局,四川省广元市剑阁县," + year + "年度,")
                                && meta.get("Keywords").contains(",医保经办,"), meta.get("Keywords"));
                    }
                    assertEquals(1, scripts.size(), path + ": one Dataset");
                    JsonNode dataset = json.readTree(scripts.get(0).data());
                    assertEquals(dated.getOrDefault(path, ""), meta.get("PubDate"), path);
                    assertEquals(dated.getOrDefault(path, ""), dataset.path("datePublished").asText(), path);
                    assertEquals("https://schema.org", dataset.get("@context").asText());
                    assertEquals("Dataset", dataset.get("@type").asText());
                    assertEquals(title, dataset.get("name").asText());
                    assertEquals(year, dataset.get("temporalCoverage").asText());
                    List<String> keywords = new ArrayList<>();
                    dataset.get("keywords").forEach(k -> keywords.add(k.asText()));
                    assertEquals(meta.get("Keywords"), String.join(",", keywords), path + ": the page's keywords");
                    assertEquals(publisher, dataset.get("publisher").get("name").asText());
                    assertFalse(dataset.get("description").asText().isEmpty());
                    Path folder = file.getParent();
                    List<String> listed = new ArrayList<>();
                    for (JsonNode download : dataset.get("distribution")) {
                        String url = download.get("contentUrl").asText();
                        String prefix = "https://example.org/gongkai/" + site.relativize(folder) + "/";
                        assertTrue(url.startsWith(prefix), url);
                        String name = url.substring(prefix.length());
                        assertTrue(Files.isRegularFile(folder.resolve(name)), path + ": " + name + " is there");
                        assertEquals(switch (name.substring(name.lastIndexOf('.') + 1)) {
                            case "csv" -> "text/csv";
                            case "json" -> "application/json";
                            case "zip" -> "application/zip";
                            case "yaml" -> "application/yaml";
                            default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                        }, download.get("encodingFormat").asText(), name);
                        listed.add(name);
                    }
                    try (Stream<Path> beside = Files.list(folder)) {
                        List<String> data = beside.map(p -> p.getFileName().toString())
                                .filter(n -> n.endsWith(".csv") || n.equals("data.json") || n.equals("bundle.zip") || n.endsWith(".xlsx"))
                                .sorted().toList();
                        assertEquals(data, listed.stream().filter(n -> !n.equals("source.yaml")).sorted().toList(), path);
                    }
                } else {
                    assertEquals(List.of(), scripts, path + ": a Dataset only on a report's page");
                    if (path.startsWith("units/")) {
                        assertFalse(meta.get("ContentSource").isEmpty(), path + ": a unit's page is the unit's");
                    } else {
                        assertEquals("医疗保障局预决算公开示例站点", meta.get("Author"), path + ": the organizer's");
                    }
                }
                pages++;
            }
        }
        assertEquals(5, reports);
        assertTrue(pages > 15, "pages: " + pages);
        assertValid(site);
    }

    static void assertValid(Path site) throws Exception {
        assertValid(site, 21);
    }

    private static void assertValid(Path site, int least) throws Exception {
        ObjectMapper json = new ObjectMapper();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Path page = file;
                if (file.getFileName().toString().equals("article.html")) {
                    // A fragment for a CMS editor: valid as the body of a page.
                    page = Files.createTempFile("article", ".html");
                    Files.writeString(page, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>正文</title></head><body>\n"
                            + Files.readString(file) + "</body></html>\n");
                }
                JsonNode result = json.readTree(validator.validate(page));
                for (JsonNode message : result.path("messages")) {
                    if (message.path("type").asText().equals("error")) {
                        errors.add(site.relativize(file) + ":" + message.path("lastLine").asText() + ": "
                                + message.path("message").asText());
                    }
                }
                pages++;
            }
        }
        assertTrue(pages >= least, "validated " + pages + " pages");
        assertEquals(List.of(), errors.stream().limit(20).toList());
    }
}
