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
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                JsonNode result = json.readTree(validator.validate(page));
                for (JsonNode message : result.path("messages")) {
                    if (message.path("type").asText().equals("error")) {
                        errors.add(site.relativize(page) + ":" + message.path("lastLine").asText() + ": "
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
