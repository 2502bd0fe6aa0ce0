package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongkai.SampleContent;
import org.gongkai.serve.Preview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site in a real browser (Debian's Chromium, headless, through its ChromeDriver), served by
 * the preview: every page kind loads without a console error and without a WCAG 2.1 A/AA violation
 * found by axe-core; charts show with their text alternative; tables sort and filter; search finds;
 * an edited YAML file shows in the open page. .ci/run installs Chromium; elsewhere the test needs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    @TempDir
    static Path dir;
    static Path content;
    static Preview preview;
    static String address;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start(dir.resolve("profile"));
        content = SampleContent.copyTo(dir);
        preview = HeadlessChromium.quietPreview(content);
        address = preview.start();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.stop(browser, preview);
    }

    static void open(String page) {
        HeadlessChromium.open(browser, address + page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "units/jiange/index.html", "units/jiange/2022/final-accounts/index.html",
        "units/nanjing/2023/department-evaluation/index.html", "units/wuhai/2023/medical-service-capacity/index.html",
        "compare/2023/index.html", "indicators/index.html", "search/index.html"})
    void everyPageKindLoadsWithoutConsoleErrors(String page) {
        assertEquals(List.of(), HeadlessChromium.consoleErrorsLoading(browser, address + page), page);
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank(), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "units/jiange/index.html", "units/jiange/2022/final-accounts/index.html",
        "units/nanjing/2023/department-evaluation/index.html", "units/wuhai/2023/medical-service-capacity/index.html",
        "compare/2023/index.html", "indicators/index.html", "search/index.html", "no-such-page.html"})
    void noWcagViolationOnAnyPageKind(String page) {
        open(page);
        assertEquals(List.of(), HeadlessChromium.wcagViolations(browser), page);
    }

    /** Pressing Tab alone reaches every link, button, field and summary of a page, in order, and shows where it is. */
    @ParameterizedTest
    @ValueSource(strings = {"index.html", "units/jiange/2022/final-accounts/index.html",
        "units/nanjing/2023/department-evaluation/index.html", "compare/2023/index.html", "search/index.html"})
    void keyboardAloneReachesEveryControl(String page) {
        open(page);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long controls = (Long) js.executeScript("return Array.from(document.querySelectorAll("
                + "'a[href], button, input, select, summary, [tabindex]:not([tabindex=\"-1\"])'))"
                + ".filter(e => e.offsetParent !== null || e.getClientRects().length > 0)"
                // inside a closed <details> only its summary can be reached until it is opened
                + ".filter(e => e.tagName === 'SUMMARY' || !e.closest('details:not([open])')).length");
        js.executeScript("document.activeElement.blur(); window.__seen = new Set();"
                + "document.addEventListener('focusin', e => window.__seen.add(e.target));");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < controls + 2; i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        long reached = (Long) js.executeScript("return window.__seen.size");
        assertEquals(controls, reached, page + ": every visible control is reached by Tab");
        String outline = (String) js.executeScript("var e = document.querySelector('a[href]'); e.focus();"
                + "return getComputedStyle(e).outlineStyle");
        assertFalse("none".equals(outline), "focus is visible");
    }

    /** Printed, a report is its content on A4: no site header, navigation, downloads or filters. */
    @Test
    void aReportPrintsOnA4WithoutTheSitesChrome() throws Exception {
        open("units/wuhai/2023/medical-service-capacity/index.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", ".crumbs", ".site-footer", ".downloads", "a.download")) {
                for (WebElement element : browser.findElements(By.cssSelector(hidden))) {
                    assertEquals("none", element.getCssValue("display"), hidden + " is not printed");
                }
            }
            assertFalse(browser.findElement(By.cssSelector("table[data-table=indicators]")).getCssValue("display").equals("none"));
            List<WebElement> totals = browser.findElements(By.cssSelector("tfoot"));
            assertFalse(totals.isEmpty());
            for (WebElement total : totals) {
                assertEquals("table-row-group", total.getCssValue("display"), "a total is printed once, not on every page");
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        Object pdf = browser.executeCdpCommand("Page.printToPDF", java.util.Map.of("preferCSSPageSize", true,
                "printBackground", false)).get("data");
        String bytes = new String(java.util.Base64.getDecoder().decode((String) pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(bytes);
        assertTrue(box.find(), "a PDF with pages");
        assertEquals(595, Math.round(Double.parseDouble(box.group(1))), "A4 width in points");
        assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "A4 height in points");
    }

    @Test
    void chartsAreVisibleWithTheirTextAlternative() {
        open("units/jiange/2022/final-accounts/index.html");
        assertEquals(7, HeadlessChromium.assertChartsDrawn(browser));
    }

    @Test
    void tablesSortAndFilter() {
        open("compare/2023/index.html");
        List<String> before = browser.findElements(By.cssSelector("#compare-table tbody th")).stream().map(WebElement::getText).toList();
        WebElement sortByScore = browser.findElement(By.xpath("//table[@id='compare-table']//button[text()='部门整体自评总分']"));
        sortByScore.click();
        sortByScore.click();
        List<String> after = browser.findElements(By.cssSelector("#compare-table tbody th")).stream().map(WebElement::getText).toList();
        assertEquals("南京市医疗保障局（本级）", after.get(0), "descending by score: Nanjing's 99 first");
        assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList());
        new Select(browser.findElement(By.cssSelector("select[data-filter=region]"))).selectByVisibleText("江苏省");
        List<WebElement> visible = browser.findElements(By.cssSelector("#compare-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(1, visible.size());
        assertTrue(visible.get(0).getText().startsWith("南京市医疗保障局"));
    }

    @Test
    void searchReturnsResults() {
        open("search/index.html?q=剑阁");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.search-status').textContent.startsWith('找到')"
                        + " && Array.from(document.querySelectorAll('.search-results a'))"
                        + ".some(a => a.href.endsWith('units/jiange/index.html'))"));
        // Eleven bigrams, spread over the index's shards (the sample has several): each is found only
        // if search.js hashes it to the shard SearchIndex put it in.
        open("search/index.html?q=参保人员对医保服务满意度");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.search-status').textContent.startsWith('找到')"
                        + " && Array.from(document.querySelectorAll('.search-results a'))"
                        + ".some(a => a.href.endsWith('units/wuhai/2023/medical-service-capacity/index.html'))"));
    }

    /** Last: its edits make the preview rebuild, and every open page reloads with it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theOpenPageUpdatesAfterAYamlEdit() throws Exception {
        open("units/wuhai/2023/medical-service-capacity/index.html");
        assertEquals("99", browser.findElement(By.cssSelector("[data-figure=total-score]")).getText());
        Path yaml = content.resolve("units/wuhai/2023/medical-service-capacity.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  score: 9\n", "  score: 6\n"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.cssSelector("[data-figure=total-score]")).getText().equals("96"));
        } finally {
            Files.writeString(yaml, Files.readString(yaml).replace("  score: 6\n", "  score: 9\n"));
        }
    }
}
