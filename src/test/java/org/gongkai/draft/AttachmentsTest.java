package org.gongkai.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.imports.Block;
import org.gongkai.imports.CellOrigin;
import org.gongkai.imports.Heading;
import org.gongkai.imports.Paragraph;
import org.gongkai.imports.SourceCell;
import org.gongkai.imports.SourceDocument;
import org.gongkai.imports.SourceFormat;
import org.gongkai.imports.SourceTable;
import org.gongkai.load.Catalogue;
import org.gongkai.model.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document split into its own report and the reports it carries whole as 附件, and what must not split. */
class AttachmentsTest {

    private static final Paragraph EVALUATION_TITLE = new Paragraph("2023年甲县医疗保障局部门整体支出绩效自评报告");

    private static SourceTable table(int number, String label) {
        CellOrigin origin = new CellOrigin(number, null, 1, 1);
        return new SourceTable(number, null, List.of(), null, List.of(List.of(
                new SourceCell(label, 1, 1, false, null, origin), new SourceCell("10", 1, 1, false, new java.math.BigDecimal("10"), origin))));
    }

    private static SourceDocument document(Block... blocks) {
        return new SourceDocument("决算.docx", SourceFormat.DOCX, Map.of(), List.of(blocks), List.of());
    }

    private static List<Block> accounts() {
        return List.of(new Paragraph("甲县医疗保障局2022年度部门决算"), new Heading(1, "第一部分 部门概况"),
                new Paragraph("甲县医疗保障局是县政府工作部门。"));
    }

    /** 附件1 a 部门整体 自评报告 titled on its own line; 附件2 a 转移支付 评价报告 titled on two lines, with its own 附件 table. */
    private static SourceDocument twoAttachments() {
        List<Block> blocks = new ArrayList<>(accounts());
        blocks.addAll(List.of(new Heading(1, "第四部分 附 件"),
                new Paragraph("附件1"), EVALUATION_TITLE, new Heading(1, "一、部门（单位）基本情况"), new Paragraph("本局内设机构三个。"),
                new Paragraph("2022年度部门整体支出绩效目标自评表"), table(1, "部门整体"),
                new Paragraph("附件2"), new Paragraph("甲县医疗保障局"), new Paragraph("2022年医疗服务能力提升补助资金绩效评价报告"),
                new Heading(1, "一、基本情况"),
                new Paragraph("附件：医疗服务能力提升补助资金绩效评价指标体系及评价得分情况"), new Paragraph("附件"),
                new Paragraph("绩效评价指标体系"), table(2, "项目决策")));
        return document(blocks.toArray(Block[]::new));
    }

    @Test
    void eachAttachedReportRunsToTheNextAndLeavesTheMainDocument() {
        SourceDocument document = twoAttachments();
        Attachments.Split split = Attachments.split(List.of(document), ReportKind.FINAL_ACCOUNTS);

        assertEquals(List.of(accounts()), split.main().stream().map(SourceDocument::blocks).toList());
        assertEquals("第四部分 附 件", split.heading());
        assertEquals(List.of("附件1", "附件2"), split.reports().stream().map(AttachedReport::label).toList());
        assertEquals(List.of("2023年甲县医疗保障局部门整体支出绩效自评报告", "甲县医疗保障局2022年医疗服务能力提升补助资金绩效评价报告"),
                split.reports().stream().map(AttachedReport::title).toList());
        assertEquals(List.of(ReportKind.DEPARTMENT_EVALUATION, ReportKind.PROJECT_EVALUATION),
                split.reports().stream().map(AttachedReport::kind).toList());
        assertEquals(List.of("department-evaluation", "project-evaluation"), split.reports().stream().map(AttachedReport::reportId).toList());
        List<Block> first = split.reports().get(0).document().blocks();
        assertEquals(new Heading(1, EVALUATION_TITLE.text()), first.get(0));
        assertEquals(document.blocks().subList(6, 10), first.subList(1, first.size()));
        List<Block> second = split.reports().get(1).document().blocks();
        // Its own 附件 (a table of the same report) stays in it, to the end.
        assertEquals(document.blocks().subList(13, document.blocks().size()), second.subList(1, second.size()));
    }

    @Test
    void aDocumentWithoutAttachedReportsIsLeftWhole() {
        SourceDocument document = document(accounts().toArray(Block[]::new));
        Attachments.Split split = Attachments.split(List.of(document), ReportKind.FINAL_ACCOUNTS);

        assertSame(document, split.main().get(0));
        assertNull(split.heading());
        assertTrue(split.reports().isEmpty());
    }

    @Test
    void anAttachmentThatIsATableOfTheSameReportDoesNotSplit() {
        // A 项目 评价报告 whose 附件1 is its own 自评表, and whose 附件2 is its 指标体系: tables of the report itself.
        SourceDocument report = document(new Paragraph("甲县2022年医疗服务能力提升补助资金绩效评价报告"), new Heading(1, "一、基本情况"),
                new Paragraph("附件1"), new Paragraph("项目支出绩效自评表"), table(1, "项目决策"),
                new Paragraph("附件2：医疗服务能力提升补助资金绩效评价指标体系及评价得分情况"), table(2, "项目管理"));
        Attachments.Split split = Attachments.split(List.of(report), ReportKind.PROJECT_EVALUATION);

        assertSame(report, split.main().get(0));
        assertTrue(split.reports().isEmpty());
        // In a 决算 too, an 附件 that names no report (its 公开表) stays in it.
        SourceDocument accounts = document(new Paragraph("甲县医疗保障局2022年度部门决算"), new Paragraph("附件：部门决算公开表"), table(1, "收入"));
        assertTrue(Attachments.split(List.of(accounts), ReportKind.FINAL_ACCOUNTS).reports().isEmpty());
    }

    @Test
    void aListOfAttachmentsPublishedApartDoesNotSplit() {
        // As gongkai's own report.docx prints the 决算's 附件 part: the titles of reports published on their own pages.
        SourceDocument accounts = document(new Paragraph("甲县医疗保障局2022年度部门决算"), new Heading(1, "第四部分 附件"),
                new Paragraph("附件1：2023年甲县医疗保障局部门整体支出绩效自评报告"),
                new Paragraph("附件2：甲县医疗保障局2022年医疗服务能力提升补助资金绩效评价报告"),
                new Heading(1, "部门决算公开表"), table(1, "收入"));
        Attachments.Split split = Attachments.split(List.of(accounts), ReportKind.FINAL_ACCOUNTS);

        assertSame(accounts, split.main().get(0));
        assertTrue(split.reports().isEmpty());
    }

    @Test
    void twoReportsOfAKindAreNamedByTheirNumberAndAnAttachmentThatIsNoReportStaysInTheMainDocument() {
        SourceDocument document = document(new Paragraph("甲县医疗保障局2022年度部门决算"),
                new Paragraph("附件一：甲县2022年医疗救助资金绩效自评报告"), new Paragraph("救助资金到位。"),
                new Paragraph("附件二：甲县2022年医保信息化项目绩效自评报告"), new Paragraph("系统上线。"),
                new Paragraph("附件三"), new Paragraph("部门决算公开表"), table(1, "收入"));
        Attachments.Split split = Attachments.split(List.of(document), ReportKind.FINAL_ACCOUNTS);

        assertEquals(List.of("project-evaluation-1", "project-evaluation-2"), split.reports().stream().map(AttachedReport::reportId).toList());
        assertEquals(List.of("附件一", "附件二"), split.reports().stream().map(AttachedReport::label).toList());
        assertEquals(List.of(new Heading(1, "甲县2022年医保信息化项目绩效自评报告"), new Paragraph("系统上线。")),
                split.reports().get(1).document().blocks());
        assertEquals(List.of(document.blocks().get(0), document.blocks().get(5), document.blocks().get(6), document.blocks().get(7)),
                split.main().get(0).blocks());
    }

    @Test
    void theMainDraftLinksItsAttachedReportsWhichTakeItsYearAndUnit() throws Exception {
        List<Draft> drafts = new DraftMapper(Catalogue.of(null)).mapWithAttachments(List.of(twoAttachments()), new DraftHints(null, null));

        assertEquals(List.of("final-accounts", "department-evaluation", "project-evaluation"), drafts.stream().map(Draft::reportId).toList());
        // 附件1's title prints 2023年: the year is the 决算's.
        assertEquals(List.of(2022, 2022, 2022), drafts.stream().map(Draft::year).toList());
        assertEquals(List.of("甲县医疗保障局", "甲县医疗保障局", "甲县医疗保障局"), drafts.stream().map(Draft::unitName).toList());
        // No table left in the 决算: the links are the last section of its narrative, under the printed heading.
        assertTrue(drafts.get(0).markdown().endsWith("## 第四部分 附 件\n\n"
                + "附件1：[2023年甲县医疗保障局部门整体支出绩效自评报告](../department-evaluation/index.html)\n\n"
                + "附件2：[甲县医疗保障局2022年医疗服务能力提升补助资金绩效评价报告](../project-evaluation/index.html)\n"), drafts.get(0).markdown());
        assertFalse(drafts.get(0).markdown().contains("基本情况"), drafts.get(0).markdown());
        assertTrue(drafts.get(2).markdown().contains("一、基本情况"), drafts.get(2).markdown());
        // --kind names the main document's kind: 附件 of the kind given stay in it.
        List<Draft> asEvaluation = new DraftMapper(Catalogue.of(null)).mapWithAttachments(List.of(twoAttachments()),
                new DraftHints(ReportKind.PROJECT_EVALUATION, 2022));
        assertEquals(List.of("project-evaluation", "department-evaluation"), asEvaluation.stream().map(Draft::reportId).toList());
    }

    @Test
    void allReportsAreWrittenOrNone(@TempDir Path dir) throws Exception {
        List<Draft> drafts = new DraftMapper(Catalogue.of(null)).mapWithAttachments(List.of(twoAttachments()), new DraftHints(null, null));
        Path content = dir.resolve("content");
        Path year = content.resolve("units/jia/2022");
        Files.createDirectories(year);
        Files.writeString(year.resolve("project-evaluation.md"), "已有");

        assertThrows(DraftException.class, () -> new DraftWriter(content).write(drafts, "jia", false));
        try (var files = Files.walk(content)) {
            assertEquals(List.of(year.resolve("project-evaluation.md")), files.filter(Files::isRegularFile).toList());
        }
        DraftWriter.Written written = new DraftWriter(content).write(drafts, "jia", true);
        assertEquals(List.of("site.yaml", "unit.yaml", "final-accounts.yaml", "final-accounts.md", "department-evaluation.yaml",
                "department-evaluation.md", "project-evaluation.yaml", "project-evaluation.md"),
                written.files().stream().map(f -> f.getFileName().toString()).toList());
        assertEquals(drafts.get(2).markdown(), Files.readString(year.resolve("project-evaluation.md")));
    }
}
