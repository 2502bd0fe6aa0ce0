package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.check.MarkdownChecks;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    final Markdown markdown = new Markdown();

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = markdown.toHtml("说明<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void javascriptLinksAreRemoved() {
        String html = markdown.toHtml("[点此](javascript:alert(1)) [官网](https://www.nhsa.gov.cn/)");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://www.nhsa.gov.cn/\""), html);
    }

    @Test
    void headingsAndParagraphs() {
        String html = markdown.toHtml("## 一、单位概况\n\n南京市医疗保障局成立于2019年1月。");
        assertTrue(html.contains("<h2>一、单位概况</h2>"), html);
        assertTrue(html.contains("<p>南京市医疗保障局成立于2019年1月。</p>"), html);
    }

    @Test
    void aGfmTableIsATableWithHeaderCellsScopedAndItsCells() {
        String html = markdown.toHtml("| 项目 | 金额（万元） |\n| --- | ---: |\n| 办公费 | 12.5 |\n| 差旅费<script> | 3 |\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th scope=\"col\">项目</th>"), html);
        assertTrue(html.contains("<th class=\"align-right\" scope=\"col\">金额（万元）</th>"), html);
        assertTrue(html.contains("<td>办公费</td>"), html);
        assertTrue(html.contains("<td class=\"align-right\">12.5</td>"), html);
        assertTrue(html.contains("<td>差旅费&lt;script&gt;</td>"), html);
    }

    @Test
    void brInATableCellIsALineBreakAndEscapedEverywhereElse() {
        String html = markdown.toHtml("| 评分标准 |\n| --- |\n| 完成得满分<br>未完成不得分 |\n\n正文<br>不换行");
        assertTrue(html.contains("<td>完成得满分<br />\n未完成不得分</td>"), html);
        assertTrue(html.contains("<p>正文&lt;br&gt;不换行</p>"), html);
    }

    /** The repro: a 2 KB narrative nested 2,000 deep killed the build with a StackOverflowError. */
    @Test
    void nestingThousandsDeepIsAnErrorNotAStackOverflow() {
        // "- " 10,000 times is also a line of 20,000 characters: refused for the nesting, which comes first.
        Throwable repro = thrownOnASmallStack(() -> markdown.toHtml("- ".repeat(10_000)));
        assertInstanceOf(RenderException.class, repro);
        assertEquals("Markdown:1:65", ((RenderException) repro).position().toString());
        for (String deep : List.of(">".repeat(2000) + " 说明", "- ".repeat(1000) + "说明",
                "*说明\n".repeat(5000) + "正文" + "\n说明*".repeat(5000),
                "![\n".repeat(5000) + "图" + "\n](a.png)".repeat(5000))) {
            Throwable thrown = thrownOnASmallStack(() -> markdown.toHtml(deep));
            assertInstanceOf(RenderException.class, thrown, () -> deep.substring(0, 20));
            assertTrue(thrown.getMessage().contains("Markdown 嵌套过深"), thrown.getMessage());
        }
    }

    @Test
    void aLineLongerThanTenThousandCharactersIsAnError() {
        String line = "说".repeat(10_000);
        assertTrue(markdown.toHtml(line).contains(line));
        Throwable thrown = thrownOnASmallStack(() -> markdown.toHtml("第一段\n\n" + line + "明"));
        assertInstanceOf(RenderException.class, thrown);
        assertTrue(thrown.getMessage().contains("3:10001") && thrown.getMessage().contains("实际为 10001 个"), thrown.getMessage());
    }

    @Test
    void thirtyTwoLevelsAreFineAndTheThirtyThirdIsNot() {
        assertTrue(markdown.toHtml(">".repeat(32) + " 说明").contains("说明"));
        assertTrue(markdown.toHtml("- ".repeat(32) + "说明").contains("说明"));
        assertInstanceOf(RenderException.class, thrownOnASmallStack(() -> markdown.toHtml(">".repeat(33) + " 说明")));
        assertInstanceOf(RenderException.class, thrownOnASmallStack(() -> markdown.toHtml("- ".repeat(33) + "说明")));
    }

    /**
     * One bound: the renderer refuses exactly what check refuses, with check's message at check's place.
     * Forty asterisks on each side parse as twenty nested strong nodes, which a bound of its own let through.
     */
    @Test
    void theRendererRefusesWhatCheckRefusesWithItsMessageAndPlace() {
        for (String text : List.of("*".repeat(40) + "说明" + "*".repeat(40), "正文\n\n" + ">".repeat(40) + " 引用",
                "[".repeat(33), "正文\r\n" + "a".repeat(20_000))) {
            MarkdownChecks.Finding finding = MarkdownChecks.refusal(text).orElseThrow();
            Throwable thrown = thrownOnASmallStack(() -> markdown.toHtml(text));
            assertInstanceOf(RenderException.class, thrown, () -> text.substring(0, 10));
            assertEquals("Markdown:" + finding.line() + ":" + finding.column() + ": " + finding.message(), thrown.getMessage());
        }
        for (String text : List.of("## 一、单位概况\n\n> 引用\n>> 再引用\n\n- 列表\n  - 子项", "[".repeat(32),
                "见[附件1](a.pdf)、[附件2](b.pdf)。".repeat(100), "\\[注".repeat(100), "[注\n\n".repeat(100))) {
            assertTrue(MarkdownChecks.refusal(text).isEmpty(), text);
            assertTrue(markdown.toHtml(text).startsWith("<"), text);
        }
    }

    /** Where check places a text past the bound: the line and column in the Markdown text. */
    @Test
    void theRefusalIsPlacedAtItsLineAndColumn() {
        assertTrue(MarkdownChecks.refusal("## 一、单位概况\n\n> 引用\n>> 再引用\n\n- 列表\n  - 子项").isEmpty());
        MarkdownChecks.Finding quotes = MarkdownChecks.refusal("# 标题\n\n正文\n\n" + ">".repeat(2000) + " 引用").orElseThrow();
        assertEquals(List.of(5, 33), List.of(quotes.line(), quotes.column()));
        assertTrue(quotes.message().startsWith("Markdown 嵌套过深"), quotes.message());
        MarkdownChecks.Finding list = MarkdownChecks.refusal("正文\n\n" + "- ".repeat(1000) + "说明").orElseThrow();
        assertEquals(List.of(3, 65), List.of(list.line(), list.column()));
        // Deep enough for the parser itself to overflow: the scanner never recurses, so it places it exactly.
        AtomicReference<MarkdownChecks.Finding> emphasis = new AtomicReference<>();
        assertEquals(null, thrownOnASmallStack(() -> emphasis.set(MarkdownChecks.refusal(
                "正文\n\n" + "*说明\n".repeat(5000) + "正文" + "\n说明*".repeat(5000)).orElseThrow())));
        assertEquals(List.of(35, 1), List.of(emphasis.get().line(), emphasis.get().column()));
        MarkdownChecks.Finding shallower = MarkdownChecks.refusal("正文\n\n" + "*说明\n".repeat(40) + "正文" + "\n说明*".repeat(40))
                .orElseThrow();
        assertEquals(List.of(35, 1), List.of(shallower.line(), shallower.column()));
        MarkdownChecks.Finding line = MarkdownChecks.refusal("正文\r\n" + "a".repeat(20_000)).orElseThrow();
        assertEquals(List.of(2, 10_001), List.of(line.line(), line.column()));
        assertEquals("markdown.line-length", line.rule());
    }

    /** Nested images take commonmark a time that grows with the square of their depth: check refuses them. */
    @Test
    void squareBracketsOpenMoreThan32DeepInAParagraphAreRefused() {
        String images = "正文\n\n" + "![图\n".repeat(40_000) + "图" + "\n](a.png)".repeat(40_000);
        AtomicReference<MarkdownChecks.Finding> found = new AtomicReference<>();
        long start = System.nanoTime();
        assertEquals(null, thrownOnASmallStack(() -> found.set(MarkdownChecks.refusal(images).orElseThrow())));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the scanner is linear");
        assertEquals(List.of(35, 2), List.of(found.get().line(), found.get().column()));
        assertEquals("markdown.depth", found.get().rule());
        assertInstanceOf(RenderException.class, thrownOnASmallStack(() -> markdown.toHtml(images)));
        assertEquals(List.of(1, 33), MarkdownChecks.refusal("[".repeat(33)).map(p -> List.of(p.line(), p.column())).orElseThrow());
        assertTrue(markdown.toHtml("[".repeat(32)).contains("[".repeat(32)));
    }

    /** Runs on a thread with a 512 KB stack (the build's workers have 1 MB or less) and gives what it threw. */
    private static Throwable thrownOnASmallStack(Runnable work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "markdown", 512 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return thrown.get();
    }
}
