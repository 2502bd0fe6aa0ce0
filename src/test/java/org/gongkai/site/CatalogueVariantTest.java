package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province's variant of a built-in table is data: a site's catalogue file with {@code block:} makes a
 * {@code tables:} entry of its kind render the built-in table under the variant's printed title, headings
 * and labels, while the block's derived figures and checks stay gongkai's.
 */
class CatalogueVariantTest {

    @TempDir
    Path out;

    /** 50 + 5 人员经费 and 公用经费 against a 基本支出 of 60: the block's check finds it whatever the table is called. */
    private static final String ACCOUNTS = """
            kind: final-accounts
            title: 示例局2023年度部门决算
            year: 2023
            money-unit: 万元
            income: { general-budget: 100 }
            expenditure: { basic: 60, project: 40 }
            basic-expenditure: { personnel: 50, public: 5 }
            tables:
              - { id: t1, kind: income, title: 收入决算表 }
              - { id: t6, kind: basic-expenditure-county }
            """;

    private static final String VARIANT = """
            # A county's 基本支出 table: the standard one's figures under its own print.
            names: [一般公共预算财政拨款基本支出决算明细表（县级）]
            report: final-accounts
            block: basic-expenditure
            title: 一般公共预算财政拨款基本支出决算明细表
            number: 公开06表
            headings: { item: 经济分类科目, amount: 本年决算数 }
            labels: { personnel: 工资福利支出, total: 基本支出合计 }
            """;

    @Test
    void aSitesVariantRendersTheBuiltInTableUnderItsPrintAndKeepsItsFiguresAndChecks() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml", ACCOUNTS));
        Path catalogue = Files.createDirectories(out.resolve("templates/catalogue"));
        Files.writeString(catalogue.resolve("basic-expenditure-county.yaml"), VARIANT);
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("site/units/demo/2023/fa/index.html").toFile(), "UTF-8");
        Element basic = page.selectFirst("table[data-table=basic]");
        assertEquals("公开06表 一般公共预算财政拨款基本支出决算明细表", basic.selectFirst("caption").ownText(),
                "an entry without a title takes its kind's title and number");
        assertEquals(List.of("经济分类科目", "本年决算数", "占比"), basic.select("thead th").eachText(),
                "the variant's headings, and the standard one's where it gives none");
        assertEquals(List.of("工资福利支出", "公用经费"), basic.select("tbody > tr.level-0 > th").eachText());
        assertEquals("基本支出合计", basic.selectFirst("tfoot th").text());
        assertEquals(List.of("90.91%", "9.09%"), basic.select("tbody > tr.level-0 > td[data-figure=share]").eachText(),
                "the block's derived shares");
        assertEquals("55", basic.selectFirst("td[data-figure=basic-total]").text());
        List<Diagnostic> split = result.diagnostics().stream().filter(d -> d.rule().equals("accounts.basic-split")).toList();
        assertEquals(1, split.size(), result.diagnostics()::toString);
        assertTrue(split.get(0).position().file().endsWith("units/demo/2023/fa.yaml"), split.get(0)::toString);
    }

    /** A site's file for a built-in kind prints the standard table its way, and an edit of it is rebuilt, not taken over. */
    @Test
    void aSitesOverrideOfAStandardPrintIsShownAndRebuiltWhenEdited() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS,
                Map.of("fa.yaml", DemoContent.FINAL_ACCOUNTS));
        Path catalogue = Files.createDirectories(out.resolve("templates/catalogue"));
        String income = """
                names: [收入决算表]
                report: final-accounts
                block: income
                title: 收入决算表
                number: 公开02表
                headings: { amount: 决算数 }
                """;
        Files.writeString(catalogue.resolve("income.yaml"), income);
        SiteBuilder builder = new SiteBuilder(1);
        assertFalse(builder.build(content, out.resolve("site")).failed());
        Path page = out.resolve("site/units/demo/2023/fa/index.html");
        Element table = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("table[data-table=income]");
        assertEquals("公开02表 收入决算表", table.selectFirst("caption").ownText());
        assertEquals(List.of("项目", "决算数", "占比"), table.select("thead th").eachText());
        Files.writeString(catalogue.resolve("income.yaml"), income.replace("number: 公开02表", "number: 表二"));
        assertFalse(builder.build(content, out.resolve("site")).failed());
        assertEquals("表二 收入决算表", Jsoup.parse(page.toFile(), "UTF-8").selectFirst("table[data-table=income] caption").ownText());
    }

    /** The 合计 row of a 科目 table is a row label like the others: an entry may print it its own way. */
    @Test
    void aSubjectTablesTotalTakesTheEntrysLabel() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml", """
                kind: final-accounts
                title: 示例局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: { general-budget: 100 }
                expenditure: { basic: 60, project: 40 }
                general-budget:
                  subjects:
                    - name: 卫生健康支出
                      items:
                        - name: 医疗保障管理事务
                          items:
                            - { name: 行政运行, budget: 100, basic: 60, project: 40 }
                tables:
                  - { id: t5, kind: general-budget, title: 一般公共预算财政拨款支出决算表, labels: { total: 总计 } }
                """));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("site/units/demo/2023/fa/index.html").toFile(), "UTF-8");
        assertEquals("总计", page.selectFirst("table[data-table=general-budget] tr.total th").text());
    }

    /** A data table's header comes from its catalogue kind: an edit of the site's kind file is rebuilt, not taken over. */
    @Test
    void anEditOfADataKindsHeaderIsRebuilt() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml",
                DemoContent.FINAL_ACCOUNTS + """
                        tables:
                          - id: t7
                            kind: project-by-subject
                            title: 项目支出决算表
                            rows:
                              - { name: 合计, amount: 40 }
                              - { code: "210", name: 卫生健康支出, amount: 40, level: 1 }
                        """));
        Path catalogue = Files.createDirectories(out.resolve("templates/catalogue"));
        String kind = """
                names: [项目支出决算表（按科目）]
                report: final-accounts
                header:
                  - [ 科目编码, 科目名称, 本年支出 ]
                columns:
                  - { key: code, type: code }
                  - { key: name }
                  - { key: amount, type: amount }
                """;
        Files.writeString(catalogue.resolve("project-by-subject.yaml"), kind);
        SiteBuilder builder = new SiteBuilder(1);
        BuildResult first = builder.build(content, out.resolve("site"));
        assertFalse(first.failed(), first.diagnostics()::toString);
        Path page = out.resolve("site/units/demo/2023/fa/index.html");
        assertEquals(List.of("科目编码", "科目名称", "本年支出"),
                Jsoup.parse(page.toFile(), "UTF-8").select("table[data-table=t7] thead th").eachText());
        Files.writeString(catalogue.resolve("project-by-subject.yaml"), kind.replace("本年支出 ]", "决算数 ]"));
        assertFalse(builder.build(content, out.resolve("site")).failed());
        assertEquals(List.of("科目编码", "科目名称", "决算数"),
                Jsoup.parse(page.toFile(), "UTF-8").select("table[data-table=t7] thead th").eachText());
    }

    /** The entry's own title, headings and labels win over its kind's; the packaged 明细表 variant needs no file of the site's. */
    @Test
    void anEntrysOwnPrintWinsOverItsVariantsAndThePackagedVariantWorks() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml",
                ACCOUNTS.replace("{ id: t6, kind: basic-expenditure-county }",
                        "{ id: t6, kind: basic-expenditure-detail, number: 表六, title: 基本支出决算明细表, labels: { public: 商品和服务支出 } }")));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertFalse(result.failed(), result.diagnostics()::toString);
        Document page = Jsoup.parse(out.resolve("site/units/demo/2023/fa/index.html").toFile(), "UTF-8");
        Element basic = page.selectFirst("table[data-table=basic]");
        assertEquals("表六 基本支出决算明细表", basic.selectFirst("caption").ownText());
        assertEquals("经济分类科目", basic.selectFirst("thead th").text(), "the packaged variant's heading");
        assertEquals(List.of("人员经费", "商品和服务支出"), basic.select("tbody > tr.level-0 > th").eachText());
    }

    /** Two tables of one block (the standard kind and a variant) are one table listed twice: an error at the second. */
    @Test
    void aBlocksTableListedTwiceUnderTwoKindsIsAnError() throws IOException {
        Path content = DemoContent.write(out.resolve("content"), DemoContent.SITE_WITHOUT_CHARTS, Map.of("fa.yaml",
                ACCOUNTS.replace("  - { id: t6, kind: basic-expenditure-county }",
                        "  - { id: t6, kind: basic-expenditure, title: 基本支出表 }\n  - { id: t7, kind: basic-expenditure-detail }")));
        BuildResult result = new SiteBuilder(1).build(content, out.resolve("site"));
        assertTrue(result.failed());
        Diagnostic twice = result.diagnostics().stream().filter(d -> d.rule().equals("table.duplicate-kind")).findFirst()
                .orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertTrue(twice.position().toString().endsWith("units/demo/2023/fa.yaml:11:21"), twice.position()::toString);
        assertEquals("tables[2].kind", twice.path());
    }
}
