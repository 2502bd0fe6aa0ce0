package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.corpus.CorpusGenerator;
import org.gongkai.serve.Preview;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A small generated corpus (5 units, 2 years, all three report kinds) in Chromium through the preview:
 * one page of every kind the build writes loads without a console error and without a WCAG 2.1 A/AA
 * violation, its charts are drawn and described, and every download it offers is a file of the build.
 */
class GeneratedCorpusBrowserTest {

    @TempDir
    static Path dir;
    static Path site;
    static Preview preview;
    static String address;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start(dir.resolve("profile"));
        Path content = new CorpusGenerator(5, 2, 2022, 17).write(dir.resolve("generated"), unit -> { });
        site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        preview = HeadlessChromium.quietPreview(content);
        address = preview.start();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.stop(browser, preview);
    }

    @TestFactory
    Stream<DynamicTest> everyPageKind() throws Exception {
        Map<String, String> firstOfKind = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().forEach(page -> firstOfKind.putIfAbsent(kindOf(page), page));
        }
        assertTrue(firstOfKind.keySet().containsAll(List.of("index.html", "units/*/index.html",
                "units/*/*/final-accounts/index.html", "compare/*/index.html", "indicators/*/index.html",
                "search/index.html", "404.html")), firstOfKind.keySet().toString());
        assertTrue(firstOfKind.size() >= 10, firstOfKind.keySet().toString());
        return firstOfKind.entrySet().stream().map(kind -> DynamicTest.dynamicTest(kind.getKey(), () -> check(kind.getValue())));
    }

    /** A page's path with its unit, year and indicator segments generalised. */
    static String kindOf(String page) {
        return page.replaceAll("^units/[^/]+/", "units/*/")
                .replaceAll("/\\d{4}/", "/*/")
                .replaceAll("^indicators/[^/]+/index\\.html$", "indicators/*/index.html");
    }

    private static void check(String page) {
        assertEquals(List.of(), HeadlessChromium.consoleErrorsLoading(browser, address + page), page + ": console errors");
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank(), page);
        assertEquals(List.of(), HeadlessChromium.wcagViolations(browser), page + ": WCAG 2.1 A/AA");
        int charts = HeadlessChromium.assertChartsDrawn(browser);
        Path folder = site.resolve(page).getParent();
        List<WebElement> downloads = browser.findElements(By.cssSelector("a[download]"));
        for (WebElement link : downloads) {
            String href = link.getDomAttribute("href");
            assertTrue(Files.isRegularFile(folder.resolve(href).normalize()), page + ": download " + href + " exists");
        }
        if (kindOf(page).startsWith("units/*/*/")) {
            assertTrue(charts > 0 && !downloads.isEmpty(), page + ": a report has charts and downloads to check");
        }
    }
}
