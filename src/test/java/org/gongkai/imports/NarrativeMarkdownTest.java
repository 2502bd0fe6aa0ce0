package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.MarkdownChecks;
import org.gongkai.render.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrative as Markdown: structure kept, every character shown as printed, within gongkai's checks. */
class NarrativeMarkdownTest {

    private static final SourceTable TABLE = new SourceTable(1, null, List.of("收入决算表"), "单位：万元",
            List.of(List.of(new SourceCell("合计", 1, 1, false, null, new CellOrigin(1, null, 1, 1)))));

    @Test
    void headingsParagraphsAndNumberedRunsWithoutTables() {
        List<Block> blocks = List.of(
                new Heading(1, "一、单位概况"),
                new Paragraph("南京市医疗保障局成立于2019年1月。"),
                new Heading(2, "(一)单位基本情况"),
                new Paragraph("单位：万元"),
                TABLE,
                new Paragraph("1. 负责贯彻执行医疗保障政策。"),
                new Paragraph("2. 贯彻执行有关地方性法规。"),
                new Paragraph("3. 贯彻执行医疗保障基金监督管理制度。"),
                new Heading(3, "1、部门职责"),
                new Paragraph("1、提升医保信息化水平"),
                new Paragraph("2. 不从1开始的编号照印"),
                new Heading(2, "（二）单位主要职能。"));

        assertEquals("""
                ## 一、单位概况

                南京市医疗保障局成立于2019年1月。

                ### (一)单位基本情况

                单位：万元

                1. 负责贯彻执行医疗保障政策。
                2. 贯彻执行有关地方性法规。
                3. 贯彻执行医疗保障基金监督管理制度。

                #### 1、部门职责

                1、提升医保信息化水平

                2\\. 不从1开始的编号照印

                ### （二）单位主要职能。
                """, NarrativeMarkdown.of(blocks));
        Document page = Jsoup.parseBodyFragment(new Markdown().toHtml(NarrativeMarkdown.of(blocks)));
        assertEquals(1, page.select("ol").size());
        assertTrue(page.select("ol").first().attr("start").isEmpty(), "numbered from 1 as printed");
        assertEquals(3, page.select("ol > li").size());
        assertEquals(List.of("h2", "h3", "h4", "h3"), page.select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());
        assertTrue(page.select("table").isEmpty(), "tables are imported as tables, not in the narrative");
    }

    @Test
    void theShallowestHeadingBecomesLevelTwoAndNoneGoesPastSix() {
        String markdown = NarrativeMarkdown.of(List.of(new Heading(3, "一、甲"), new Heading(4, "（一）乙"), new Heading(6, "1.丙")));
        assertEquals("## 一、甲\n\n### （一）乙\n\n##### 1.丙\n", markdown);
        assertEquals("###### 丁\n", NarrativeMarkdown.of(List.of(new Heading(1, "甲"), new Heading(6, "丁"))).lines()
                .filter(line -> line.contains("丁")).findFirst().orElseThrow() + "\n");
        assertEquals("", NarrativeMarkdown.of(List.of(TABLE)));
    }

    /** Text that means something in Markdown or HTML shows exactly as printed once rendered by gongkai. */
    @ParameterizedTest
    @ValueSource(strings = {
        "# 不是标题", "> 不是引用", "- 不是列表", "+ 不是列表", "1) 不是列表", "1. 只有一段时不成列表", "---", "===", "***",
        "a_b_c _强调_ __粗__ 结尾_", "*星号* **粗体** `代码` ~~删除~~", "[链接](http://example.com) ![图](x.png)",
        "<script>alert(1)</script> <b>粗</b> <!-- 注释 -->", "&amp; &lt;div&gt; &#x3c;", "a\\b \\* c \\_ 结尾\\",
        "| 竖线 | 表格 |", "${x} {{y}} <%= z %>", "100% 增长 #3 第#号", "http://example.com/a_b_c"})
    void everyCharacterShowsAsPrinted(String text) {
        String markdown = NarrativeMarkdown.of(List.of(new Heading(2, "标题 " + text + " #"), new Paragraph(text)));

        assertEquals(Optional.empty(), MarkdownChecks.refusal(markdown));
        Document page = Jsoup.parseBodyFragment(new Markdown().toHtml(markdown));
        assertEquals(List.of("h2", "p"), page.body().children().stream().map(Element::tagName).toList(), markdown);
        assertEquals("标题 " + text + " #", page.body().child(0).text());
        assertEquals(text, page.body().child(1).text());
        assertTrue(page.body().child(1).children().isEmpty(), "no markup from the text: " + markdown);
    }

    @Test
    void aLongParagraphIsBrokenIntoLinesWithinTheChecksBound() {
        String sentence = "城乡居民医疗救助资金使用合规、高效，决策依据充分、资金分配合理。";
        String text = sentence.repeat(900) + "1. 二".repeat(3000) + "无句号".repeat(5000);
        String markdown = NarrativeMarkdown.of(List.of(new Paragraph(text)));

        assertTrue(markdown.lines().count() > 5);
        assertTrue(markdown.lines().allMatch(line -> line.length() <= NarrativeMarkdown.LINE), "lines within the bound");
        assertEquals(Optional.empty(), MarkdownChecks.refusal(markdown));
        Document page = Jsoup.parseBodyFragment(new Markdown().toHtml(markdown));
        assertEquals(1, page.body().children().size(), "still one paragraph");
        assertEquals(text.replace(" ", ""), page.body().child(0).text().replace(" ", ""),
                "the same characters; a soft break shows as a space");
    }

    @Test
    void theNanjingReportReadFromItsWordFileGivesBackTheSampleContentsMarkdown() throws Exception {
        SourceDocument document = new DocumentReader(ImportLimits.DEFAULT, "")
                .read(Path.of("src/test/resources/import/seed-001-nanjing-department-evaluation.docx"));
        List<Block> blocks = document.blocks();
        // the title before the narrative; 附件, the table's title and the table after it
        assertEquals(new Paragraph("附件"), blocks.get(blocks.size() - 3));
        String markdown = NarrativeMarkdown.of(blocks.subList(1, blocks.size() - 3));

        assertEquals(Files.readString(Path.of("content/units/nanjing/2023/department-evaluation.md")), markdown);
    }

    /** Every test document's narrative passes the checks and renders with no table and nothing but text in its blocks. */
    @ParameterizedTest
    @ValueSource(strings = {"seed-000-wuhai-self-evaluation.docx", "seed-001-nanjing-department-evaluation.docx",
        "seed-004-jiange-final-accounts.docx", "seed-000-wuhai-cms-page.html"})
    void everyTestDocumentsNarrativeIsCheckedMarkdown(String file) throws Exception {
        SourceDocument document = new DocumentReader(ImportLimits.DEFAULT, "").read(Path.of("src/test/resources/import", file));
        String markdown = NarrativeMarkdown.of(document);

        assertEquals(Optional.empty(), MarkdownChecks.refusal(markdown));
        Document page = Jsoup.parseBodyFragment(new Markdown().toHtml(markdown));
        assertTrue(page.select("table, script, style, img, a").isEmpty());
        long headings = document.blocks().stream().filter(Heading.class::isInstance).count();
        assertEquals(headings, page.select("h2, h3, h4, h5, h6").size());
        long paragraphs = document.blocks().stream().filter(Paragraph.class::isInstance).count();
        assertEquals(paragraphs, page.select("p, li").size());
    }

    @Test
    void deeplyNestedLookingTextStaysFlat() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("[".repeat(200) + "*".repeat(200) + "_".repeat(200) + ">".repeat(200)));
        blocks.add(new Paragraph("> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > 深"));
        String markdown = NarrativeMarkdown.of(blocks);

        assertEquals(Optional.empty(), MarkdownChecks.refusal(markdown));
        Document page = Jsoup.parseBodyFragment(new Markdown().toHtml(markdown));
        assertEquals(2, page.select("body > p").size());
        assertTrue(page.select("blockquote, em, strong, a").isEmpty());
    }
}
