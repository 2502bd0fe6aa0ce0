package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.gongkai.serve.Preview;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, through its ChromeDriver, and what the browser tests ask of every page.
 * Under CI (where .ci/run installs Chromium) a missing browser fails; elsewhere the tests are skipped.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile) {
        return start(profile, false);
    }

    /** @param requests whether to record the DevTools network events of every page, read as the "performance" log */
    static ChromeDriver start(Path profile, boolean requests) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("CI must have chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (requests) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** A preview of {@code content} whose console output is dropped; the tests read pages, not logs. */
    static Preview quietPreview(Path content) throws IOException {
        return new Preview(content, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static void stop(ChromeDriver browser, Preview preview) throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    /** Asserts every chart image of the open page is drawn and described; returns how many there are. */
    static int assertChartsDrawn(ChromeDriver browser) {
        List<WebElement> charts = browser.findElements(By.cssSelector("div.chart img"));
        for (WebElement chart : charts) {
            Object width = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", chart);
            assertTrue(((Number) width).intValue() > 0, chart.getAttribute("src") + " is drawn");
            assertTrue(chart.getAttribute("alt").length() > 20, chart.getAttribute("src") + " is described");
        }
        return charts.size();
    }

    /** Opens a page and waits until it has loaded. */
    static void open(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Opens a page with a fresh console and returns the errors it logged while loading. */
    static List<String> consoleErrorsLoading(ChromeDriver browser, String url) {
        open(browser, url);
        browser.manage().logs().get(LogType.BROWSER);
        open(browser, url);
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the open page, after checking that it ran. */
    static List<String> wcagViolations(ChromeDriver browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(results.getPasses().size() > 10, "axe evaluated the page: " + results.getPasses().size() + " rules passed");
        assertTrue(results.getPasses().stream().anyMatch(r -> r.getId().equals("color-contrast"))
                || results.getIncomplete().stream().anyMatch(r -> r.getId().equals("color-contrast")), "contrast was checked");
        return results.getViolations().stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " — " + r.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }
}
