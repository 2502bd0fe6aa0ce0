package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gongkai.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build across runs: unchanged outputs are kept as they are, changed ones rewritten, removed ones removed. */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void onlyWhatDependsOnAChangeIsRewritten() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path site = dir.resolve("site");
        BuildResult first = new SiteBuilder().build(content, site);
        assertFalse(first.failed());
        Path jiange = site.resolve("units/jiange/2022/final-accounts/index.html");
        Path wuhai = site.resolve("units/wuhai/2023/medical-service-capacity/index.html");
        Object jiangeBefore = inode(jiange);
        Object wuhaiBefore = inode(wuhai);
        Path charts = wuhai.resolveSibling("charts");
        Object fundsBefore = inode(charts.resolve("funds.png"));
        Object scoresBefore = inode(charts.resolve("scores.png"));

        BuildResult noop = new SiteBuilder().build(content, site);
        assertTrue(noop.unchanged(), "nothing changed: nothing to do");
        assertEquals(jiangeBefore, inode(jiange));

        SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 8\n");
        BuildResult changed = new SiteBuilder().build(content, site);
        assertFalse(changed.unchanged());
        assertTrue(changed.written() < changed.files() / 2, changed.written() + " of " + changed.files() + " written");
        assertEquals(jiangeBefore, inode(jiange), "another unit's report is not rewritten");
        assertNotEquals(wuhaiBefore, inode(wuhai), "the changed report is");
        assertTrue(Files.readString(wuhai).contains("data-figure=\"total-score\">98<"));
        assertEquals(fundsBefore, inode(charts.resolve("funds.png")), "a chart whose data did not change is not drawn again");
        assertNotEquals(scoresBefore, inode(charts.resolve("scores.png")), "the scores chart is");

        // The next build still knows the charts of the reports the last one took over unchanged.
        Path jiangeCharts = site.resolve("units/jiange/2022/department-evaluation/charts");
        Object jiangeFunds = inode(jiangeCharts.resolve("funds.png"));
        Object jiangeScores = inode(jiangeCharts.resolve("scores.png"));
        SampleContent.edit(content, "units/jiange/2022/department-evaluation.yaml",
                "actual: \"≥10天\"\n            score: 10", "actual: \"≥10天\"\n            score: 9");
        assertFalse(new SiteBuilder().build(content, site).failed());
        assertEquals(jiangeFunds, inode(jiangeCharts.resolve("funds.png")), "taken over two builds after it was drawn");
        assertNotEquals(jiangeScores, inode(jiangeCharts.resolve("scores.png")));

        Path fresh = dir.resolve("fresh");
        new SiteBuilder().build(content, fresh);
        DeterminismTest.assertSameFiles(fresh, site);
    }

    /** The content folder named another way (relative to the working folder) is the same content: nothing is rendered again for it. */
    @Test
    void theContentFolderNamedAnotherWayRendersNothingAgain() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        Path jiange = site.resolve("units/jiange/2022/final-accounts/index.html");
        Object jiangeBefore = inode(jiange);

        SampleContent.edit(content, "units/wuhai/2023/medical-service-capacity.yaml", "  score: 9\n", "  score: 8\n");
        Path sameContent = Path.of("").toAbsolutePath().relativize(content.toAbsolutePath());
        BuildResult changed = new SiteBuilder().build(sameContent, site);
        assertFalse(changed.failed());
        assertEquals(jiangeBefore, inode(jiange), "a report with tables: whose content did not change is not rendered again");
    }

    @Test
    void theOutputsOfRemovedContentAreRemoved() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path site = dir.resolve("site");
        new SiteBuilder().build(content, site);
        assertTrue(Files.isDirectory(site.resolve("units/nanjing")));
        try (Stream<Path> files = Files.walk(content.resolve("units/nanjing"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(new SiteBuilder().build(content, site).failed());
        assertFalse(Files.exists(site.resolve("units/nanjing")));
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("nanjing"));
    }

    /** A template change re-renders the pages that use it, not the others. */
    @Test
    void aChangedTemplateRendersThePagesThatUseIt() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path site = dir.resolve("site");
        new SiteBuilder().build(content, site);
        Path evaluation = site.resolve("units/wuhai/2023/medical-service-capacity/index.html");
        Path accounts = site.resolve("units/jiange/2022/final-accounts/index.html");
        Object accountsBefore = inode(accounts);
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        String theme = new String(getClass().getResourceAsStream("/templates/evaluation.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("evaluation.ftlh"), theme.replace("自评结果", "自评结果（本站模板）"));
        new SiteBuilder().build(content, site);
        assertTrue(Files.readString(evaluation).contains("自评结果（本站模板）"));
        assertEquals(accountsBefore, inode(accounts), "a 决算 page does not use evaluation.ftlh");
    }

    @Test
    void aChangedTemplateRendersAgain() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path site = dir.resolve("site");
        new SiteBuilder().build(content, site);
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.page title=\"找不到\">找不到页面</@layout.page>");
        BuildResult result = new SiteBuilder().build(content, site);
        assertFalse(result.unchanged());
        assertTrue(Files.readString(site.resolve("404.html")).contains("找不到页面"));
    }
}
