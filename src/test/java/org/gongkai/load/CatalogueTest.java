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
                List.of(), null, List.of(), List.of(), new org.gongkai.model.Origin(
                        new org.gongkai.model.Position("x.yaml", 1, 1), java.util.Map.of(), java.util.Map.of()));
        List<TableEntry> resolved = TableEntries.resolve(List.of(entry), org.gongkai.model.ReportKind.FINAL_ACCOUNTS,
                Catalogue.of(null), problems);
        assertEquals(List.of(), problems);
        assertEquals(3, resolved.get(0).columns().size());
        assertEquals(2, resolved.get(0).header().size());
        assertEquals("level", resolved.get(0).sums().get(0).each());
    }
}
