package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
