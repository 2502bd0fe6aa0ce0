package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' 自评表 are shown under the headings they print (issue 14 item 6): seed 000's funds and 资金管理
 * tables with their blank first heading and “分值(40)”, seed 004's 附表 under its printed title, no 序号
 * column of gongkai's in the 年度主要任务 table, and no heading of gongkai's over a document that is its
 * table alone. The 与上年比较 table of a 决算 without parts marks the changes gongkai computes.
 */
class PrintedHeadingsTest {

    @TempDir
    Path dir;

    private static List<String> headings(Document page, String table) {
        return page.select("table[data-table=" + table + "] thead th").stream().map(Element::text).toList();
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theSeedsSelfEvaluationTablesKeepTheirPrintedHeadings() throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder(1).build(SampleContent.SAMPLE, site);
        assertFalse(result.failed(), () -> result.diagnostics().toString());

        Document wuhai = page(site, "units/wuhai/2023/medical-service-capacity/index.html");
        assertEquals(List.of("", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A×100%)", "得分"),
                headings(wuhai, "funds"));
        assertEquals(List.of("", "情况说明", "分值(40)", "得分", "存在问题和改进措施"), headings(wuhai, "management"));
        Element firstItem = wuhai.selectFirst("table[data-table=management] tbody tr");
        assertEquals("分配科学性", firstItem.child(0).text());
        assertEquals("5", firstItem.child(2).text());
        // The document is the table: its title is the page's heading, with no heading of gongkai's above the table.
        assertTrue(wuhai.select("h2").eachText().stream().noneMatch(h -> h.contains("自评表")), wuhai.select("h2").eachText()::toString);

        Document jiange = page(site, "units/jiange/2022/department-evaluation/index.html");
        assertTrue(jiange.select("h2").eachText().contains("2022年度部门整体支出绩效目标自评表"));
        assertEquals(List.of("年初任务目标", "实际完成目标"), headings(jiange, "tasks"));
        assertEquals("强化对医保定点机构发生费用的实时监控、常态稽核。",
                jiange.select("table[data-table=tasks] tbody tr").get(1).child(0).text());
    }

    @Test
    void theChangesTableMarksTheChangesGongkaiComputes() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path report = content.resolve("units/jiange/2022/final-accounts.yaml");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        // Without parts: the page is gongkai's standard layout, which has the 与上年比较 table.
        int from = lines.indexOf("parts:");
        int to = lines.indexOf("tables:");
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, from));
        kept.addAll(lines.subList(to, lines.size()));
        Files.write(report, kept, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder(1).build(content, site);
        assertFalse(result.failed(), () -> result.diagnostics().toString());

        Document page = page(site, "units/jiange/2022/final-accounts/index.html");
        assertEquals(List.of("项目", "2022年", "2021年（文件所述）", "增减额", "增减率"), headings(page, "changes"));
        Element row = page.select("table[data-table=changes] tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("收、支总计")).findFirst().orElseThrow();
        assertEquals("3555.82", row.child(1).text());
        assertFalse(row.child(1).hasClass("derived"));
        assertEquals("4024.76", row.child(2).text());
        assertEquals("减少468.94", row.child(3).text());
        assertTrue(row.child(3).hasClass("derived"));
        assertEquals("下降11.65%", row.child(4).text());
        assertTrue(row.child(4).hasClass("derived"));
    }

    @Test
    void aCustomTableKeepsAHeadingCellPrintedBlank() throws IOException {
        Path content = SampleContent.copyTo(dir);
        Path report = content.resolve("units/wuhai/2023/medical-service-capacity.yaml");
        Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8) + """

                tables:
                  - id: blank
                    title: 资金管理情况说明
                    header:
                      - [ "", 情况说明 ]
                    columns: [ { key: item }, { key: text } ]
                    rows:
                      - { item: 分配科学性, text: 按文件要求分配 }
                """, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder(1).build(content, site);
        assertFalse(result.failed(), () -> result.diagnostics().toString());
        Document page = page(site, "units/wuhai/2023/medical-service-capacity/index.html");
        assertEquals(List.of("", "情况说明"), headings(page, "blank"));
    }
}
