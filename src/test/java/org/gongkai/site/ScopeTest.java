package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gongkai.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bureau's own site and a portal come from the same templates. */
class ScopeTest {

    @TempDir
    Path dir;

    @Test
    void aSingleBureauSiteHasItsYearsAndNoComparisons() throws IOException {
        Path content = SampleContent.copyTo(dir);
        for (String other : new String[] {"wuhai", "nanjing"}) {
            try (Stream<Path> files = Files.walk(content.resolve("units").resolve(other))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        SampleContent.edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\nscope: unit");
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.selectFirst(".unit-home").text().contains("剑阁县医疗保障局"));
        assertEquals(3, home.select("section.region ul.report-list li").size());
        assertTrue(home.select("a[href*=compare]").isEmpty(), "no comparison links");
        assertFalse(Files.exists(site.resolve("compare")));
        assertFalse(Files.exists(site.resolve("indicators")));
        assertTrue(Files.isRegularFile(site.resolve("units/jiange/2022/final-accounts/index.html")));
    }

    @Test
    void aSingleBureauSiteWithTwoUnitsIsAnError() throws IOException {
        Path content = SampleContent.copyTo(dir);
        SampleContent.edit(content, "site.yaml", "language: zh-CN", "language: zh-CN\nscope: unit");
        BuildResult result = new SiteBuilder().build(content, dir.resolve("site"));
        assertTrue(result.failed());
        assertEquals("site.scope", result.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().rule());
    }
}
