package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.ColumnType;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.TableEntry;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table catalogue: the default theme's kind files, a site's own over them, read as safely as content. */
class CatalogueTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultThemesKindsAllLoadWithoutAProblem() {
        Catalogue catalogue = Catalogue.of(null);
        assertEquals(List.of(), catalogue.problems());
        for (String kind : List.of("general-budget-project", "fiscal-detail", "three-public-operating", "three-public-meetings",
                "state-assets", "procurement", "income-by-unit", "expenditure-by-unit", "income-by-subject",
                "basic-by-economic", "purchase-of-services")) {
            assertTrue(catalogue.kind(kind).isPresent(), kind);
        }
        TableKind project = catalogue.kind("general-budget-project").orElseThrow();
        assertTrue(project.names().contains("一般公共预算财政拨款项目支出决算表"));
        assertEquals(ColumnType.AMOUNT, project.columns().get(2).type());
    }

    /** Every built-in table's printed defaults are data: a kind file per block, named after it, holding its standard print. */
    @Test
    void everyBuiltInTableHasItsStandardPrintInTheDefaultCatalogue() {
        Catalogue catalogue = Catalogue.of(null);
        for (org.gongkai.model.BuiltInTable block : org.gongkai.model.BuiltInTable.values()) {
            TableKind kind = catalogue.kind(block.label()).orElseThrow(() -> new AssertionError(block.label()));
            assertEquals(block.label(), kind.block());
            assertEquals(block.report(), kind.report());
            assertEquals(block.headings(), List.copyOf(kind.headings().keySet()), block.label());
            assertEquals(List.copyOf(block.rows().keySet()), List.copyOf(kind.labels().keySet()), block.label());
        }
        TableEntry basic = catalogue.standardTables().get("basic-expenditure");
        assertEquals("表6 一般公共预算财政拨款基本支出决算表", basic.caption());
        assertEquals("经济分类", basic.heading("item"));
        assertEquals("本表无数据。", basic.emptyText());
        TableKind detail = catalogue.kind("basic-expenditure-detail").orElseThrow();
        assertEquals("basic-expenditure", detail.block());
        assertTrue(detail.names().contains("一般公共预算财政拨款基本支出决算明细表"));
    }

    /** A site's file for a built-in kind replaces its standard print; the block and its derivations stay gongkai's. */
    @Test
    void aSiteOverridesABuiltInTablesStandardPrint() throws IOException {
        Path own = Files.createDirectories(dir.resolve("templates/catalogue"));
        Files.writeString(own.resolve("income.yaml"), """
                names: [收入决算表]
                report: final-accounts
                block: income
                title: 收入决算表
                number: 公开02表
                headings: { amount: 决算数 }
                labels: { total: 收入合计 }
                """);
        Catalogue catalogue = Catalogue.of(dir.resolve("templates"));
        assertEquals(List.of(), catalogue.problems());
        TableEntry income = catalogue.standardTables().get("income");
        assertEquals("公开02表 收入决算表", income.caption());
        assertEquals("决算数", income.heading("amount"));
        assertEquals("项目", income.heading("item"), "what the site's file does not say stays the theme's");
        assertEquals("收入合计", income.printedLabel("本年收入合计"));
        assertEquals("上级补助收入", income.printedLabel("上级补助收入"), "a label the file does not give is the derived row's name");
    }

    /** A bad override or variant is an error at its line and column, with what was expected and a did-you-mean. */
    @Test
    void aBadBuiltInKindIsReportedAtItsLineAndColumnWithADidYouMean() throws IOException {
        Path own = Files.createDirectories(dir.resolve("templates/catalogue"));
        Files.writeString(own.resolve("basic-detail.yaml"), """
                names: [一般公共预算财政拨款基本支出决算明细表]
                report: final-accounts
                block: basic-expenditur
                """);
        Files.writeString(own.resolve("three-public-detail.yaml"), """
                names: [“三公”经费支出决算明细表]
                report: final-accounts
                block: three-public
                headings:
                  item: 项目
                  actaul: 决算数
                labels:
                  recepton: 公务接待费
                """);
        Files.writeString(own.resolve("funds-detail.yaml"), """
                names: [项目资金情况表]
                report: final-accounts
                block: funds
                """);
        Files.writeString(own.resolve("income-detail.yaml"), """
                names: [收入决算明细表]
                report: final-accounts
                block: income
                columns:
                  - { key: item, heading: 项目 }
                """);
        Files.writeString(own.resolve("expenditure.yaml"), """
                names: [支出决算表]
                report: final-accounts
                block: income
                """);
        Catalogue catalogue = Catalogue.of(dir.resolve("templates"));
        List<String> found = catalogue.problems().stream()
                .map(p -> p.rule() + " " + p.position() + " " + p.path()).toList();
        assertEquals(List.of(
                "catalogue.unknown-block templates/catalogue/basic-detail.yaml:3:8 block",
                "catalogue.block templates/catalogue/expenditure.yaml:3:8 block",
                "catalogue.block-report templates/catalogue/funds-detail.yaml:2:9 report",
                "catalogue.block-data templates/catalogue/income-detail.yaml:4:1 columns",
                "table.unknown-heading templates/catalogue/three-public-detail.yaml:6:3 headings.actaul",
                "table.unknown-label templates/catalogue/three-public-detail.yaml:8:3 labels.recepton"), found);
        Diagnostic block = catalogue.problems().get(0);
        assertTrue(block.message().contains("是否应为“basic-expenditure”"), block.message());
        assertTrue(catalogue.problems().get(4).message().contains("是否应为“actual”"), catalogue.problems().get(4).message());
        assertTrue(catalogue.problems().get(5).message().contains("是否应为“reception”"), catalogue.problems().get(5).message());
        assertTrue(catalogue.kind("basic-detail").isEmpty());
        assertEquals("income", Catalogue.of(null).kind("income").orElseThrow().block());
        assertEquals("expenditure", catalogue.kind("expenditure").orElseThrow().block(), "a bad override leaves the theme's file");
    }

    @Test
    void aSiteAddsAKindAndReplacesADefaultOneFileByFile() throws IOException {
        Path own = Files.createDirectories(dir.resolve("templates/catalogue"));
        Files.writeString(own.resolve("meetings.yaml"), """
                names: [会议费支出明细表]
                report: final-accounts
                columns:
                  - { key: name, heading: 会议名称 }
                  - { key: amount, type: amount, heading: 金额 }
                """);
        Files.writeString(own.resolve("state-assets.yaml"), """
                names: [国有资产占用情况表]
                report: final-accounts
                columns:
                  - { key: item, heading: 资产名称 }
                  - { key: quantity, type: number, heading: 数量 }
                """);
        Catalogue catalogue = Catalogue.of(dir.resolve("templates"));
        assertEquals(List.of(), catalogue.problems());
        assertEquals("会议名称", catalogue.kind("meetings").orElseThrow().columns().get(0).heading());
        assertEquals(2, catalogue.kind("state-assets").orElseThrow().columns().size(), "the site's file replaces the theme's");
        assertTrue(catalogue.kind("general-budget-project").isPresent(), "the theme's other kinds stay");
        assertFalse(catalogue.digest().equals(Catalogue.of(null).digest()));
    }

    @Test
    void aKindFileWithAnErrorIsReportedAtItsLineAndColumnAndLeftOut() throws IOException {
        Path own = Files.createDirectories(dir.resolve("templates/catalogue"));
        Files.writeString(own.resolve("broken.yaml"), """
                names: [某表]
                report: final-accounts
                columns:
                  - { key: name, heading: 项目 }
                  - { key: amount, type: amont, heading: 金额 }
                """);
        Catalogue catalogue = Catalogue.of(dir.resolve("templates"));
        assertTrue(catalogue.kind("broken").isEmpty());
        Diagnostic problem = catalogue.problems().get(0);
        assertEquals("schema.enum", problem.rule());
        assertEquals("templates/catalogue/broken.yaml:5:26", problem.position().toString());
        assertTrue(problem.message().contains("amount"), problem.message());
    }

    @Test
    void aLinkOutOfTheThemeFolderIsRefusedAndNothingItPointsToIsRead() throws IOException {
        Path own = Files.createDirectories(dir.resolve("templates/catalogue"));
        Path outside = Files.writeString(dir.resolve("secret.yaml"), "names: [机密]\nreport: final-accounts\ncolumns: [ { key: a, heading: A } ]\n");
        Files.createSymbolicLink(own.resolve("leak.yaml"), outside);
        Catalogue catalogue = Catalogue.of(dir.resolve("templates"));
        assertTrue(catalogue.kind("leak").isEmpty());
        assertEquals(1, catalogue.problems().size(), catalogue.problems()::toString);
        assertFalse(catalogue.problems().get(0).isError() && catalogue.problems().get(0).message().contains("机密"));
        assertTrue(catalogue.problems().get(0).isError());
    }

    @Test
    void aCatalogueTableTakesItsKindsHeaderColumnsAndSums() {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        TableEntry entry = new TableEntry("t7", "general-budget-project", "项目支出决算表", null, null, null, null, null, null, List.of(),
                List.of(), null, List.of(), List.of(), null, new org.gongkai.model.Origin(
                        new org.gongkai.model.Position("x.yaml", 1, 1), java.util.Map.of(), java.util.Map.of()));
        List<TableEntry> resolved = TableEntries.resolve(List.of(entry), org.gongkai.model.ReportKind.FINAL_ACCOUNTS,
                Catalogue.of(null), problems);
        assertEquals(List.of(), problems);
        assertEquals(3, resolved.get(0).columns().size());
        assertEquals(2, resolved.get(0).header().size());
        assertEquals("level", resolved.get(0).sums().get(0).each());
    }
}
