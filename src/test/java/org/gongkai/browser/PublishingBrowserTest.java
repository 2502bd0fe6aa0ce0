package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.SampleContent;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a bureau takes from a report page to its government-website platform, in Chromium: the article
 * fragment, put in a page of its own from a file with the network blocked, asks for nothing (no request
 * is made, none is even attempted: the page's Content-Security-Policy reports every attempt, and a
 * fragment with one image from outside is caught); a report page's Dataset JSON-LD parses and its
 * metadata names are all there.
 */
class PublishingBrowserTest {

    private static final List<String> REPORTS = SampleContent.REPORTS;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Path content = SampleContent.withOutputs(dir.resolve("sample"), "html, article");
        site = dir.resolve("site");
        assertFalse(new SiteBuilder().build(content, site).failed());
        browser = HeadlessChromium.start(dir.resolve("profile"), true);
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("http://*", "https://*", "ws://*", "wss://*", "ftp://*")));
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.stop(browser, null);
    }

    /**
     * A page holding only the fragment: its policy lets inline styles and this page's own script run and
     * nothing be loaded; each load the fragment would make is reported as a violation.
     */
    private static Path harness(String name, String fragment) throws Exception {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
                <title>正文</title>
                <script>window.attempts = []; document.addEventListener('securitypolicyviolation', e => window.attempts.push(e.blockedURI + ' ' + e.violatedDirective));</script>
                </head><body>
                """ + fragment + "\n</body></html>\n");
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path page) throws Exception {
        browser.manage().logs().get(LogType.PERFORMANCE);
        HeadlessChromium.open(browser, page.toUri().toString());
        Thread.sleep(300); // violations are reported as events after the load
        Map<String, Object> found = new java.util.HashMap<>((Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                return {
                  attempts: window.attempts,
                  resources: performance.getEntriesByType('resource').map(e => e.name),
                  charts: [...document.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().width > 100).length,
                  tables: document.querySelectorAll('table').length
                };"""));
        found.put("requests", requests(page.toUri().toString()));
        return found;
    }

    /** Every request the browser was asked to send since the last call (DevTools' Network.requestWillBeSent), but the page's own. */
    private static List<String> requests(String self) throws Exception {
        List<String> urls = new java.util.ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!url.equals(self)) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    @Test
    void theArticleAsksForNothingWithTheNetworkBlocked() throws Exception {
        for (String report : REPORTS) {
            String fragment = Files.readString(site.resolve("units/" + report + "/article.html"));
            Map<String, Object> result = load(harness(report.replace('/', '-'), fragment));
            assertEquals(List.of(), result.get("requests"), report + ": requests beyond the page");
            assertEquals(List.of(), result.get("attempts"), report + ": loads attempted");
            assertEquals(List.of(), result.get("resources"), report + ": requests made");
            String page = Files.readString(site.resolve("units/" + report + "/index.html"));
            assertEquals((long) page.split("class=\"chart\"", -1).length - 1, result.get("charts"), report + ": every chart drawn");
            assertTrue((Long) result.get("tables") >= 2, report + ": tables " + result.get("tables"));
        }
    }

    /** The harness sees a request when there is one: the test can fail. */
    @Test
    void aFragmentThatLoadsSomethingIsCaught() throws Exception {
        String fragment = Files.readString(site.resolve("units/jiange/2022/final-accounts/article.html"));
        Map<String, Object> result = load(harness("control", "<img src=\"https://example.org/logo.png\" alt=\"\">" + fragment
                + "<link rel=\"stylesheet\" href=\"theme.css\">"));
        assertEquals(2, ((List<?>) result.get("requests")).size(), String.valueOf(result));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportPagesDatasetParsesAndItsMetadataIsComplete() throws Exception {
        for (String report : REPORTS) {
            HeadlessChromium.open(browser, site.resolve("units/" + report + "/index.html").toUri().toString());
            Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
                    const dataset = JSON.parse(scripts[0].textContent);
                    return {
                      count: scripts.length,
                      type: dataset['@type'],
                      name: dataset.name,
                      year: dataset.temporalCoverage,
                      downloads: dataset.distribution.map(d => d.encodingFormat + ' ' + d.contentUrl),
                      meta: Object.fromEntries([...document.querySelectorAll('head meta[name]')].map(m => [m.name, m.content]))
                    };""");
            assertEquals(1L, found.get("count"), report);
            assertEquals("Dataset", found.get("type"), report);
            assertEquals(browser.findElement(org.openqa.selenium.By.tagName("h1")).getText(), found.get("name"), report);
            assertEquals(report.split("/")[1], found.get("year"), report);
            List<String> downloads = (List<String>) found.get("downloads");
            assertTrue(downloads.contains("application/zip https://example.org/gongkai/units/" + report + "/bundle.zip"), downloads::toString);
            assertTrue(downloads.stream().filter(d -> d.startsWith("text/csv ")).count() >= 2, downloads::toString);
            Map<String, Object> meta = (Map<String, Object>) found.get("meta");
            for (String name : List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnKeywords",
                    "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description", "Url")) {
                assertTrue(meta.containsKey(name), report + ": " + name + " in " + meta.keySet());
            }
            assertEquals("https://example.org/gongkai/units/" + report + "/index.html", meta.get("Url"));
            assertEquals(found.get("name"), meta.get("ArticleTitle"));
        }
    }
}
