package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.SampleContent;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.LoadResult;
import org.gongkai.model.Content;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;
import org.gongkai.model.TableEntry;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "What it must show": each seed's test documents ({@code src/test/resources/import/}) imported by
 * {@code gongkai import} into a fresh content folder give the sample content's figures, compared field by
 * field with the loader's model, and the draft builds to the same published tables as the sample's page.
 * What a document does not print is listed here, each with its reason, as a difference the test expects:
 * any other difference fails.
 */
class SeedImportTest {

    static final Path DOCUMENTS = Path.of("src/test/resources/import");

    /** What no 自评表 prints: the sample's scoring rules are the clerk's reading of each 评分标准. */
    static final String RULE = "not imported: a scoring rule (rule:) is the clerk's reading of the printed 评分标准, which the table prints as text";

    /** Not a figure: the draft names the printed level headings (一级指标, 二级指标, 三级指标), the sample leaves gongkai's, the same. */
    static final String LEVELS = "the draft writes the printed levels 一级指标/二级指标/三级指标, the sample leaves gongkai's default, the same words";

    @TempDir
    static Path dir;
    static Content sample;
    static Path sampleSite;

    @BeforeAll
    static void buildTheSample() throws IOException {
        LoadResult loaded = new ContentLoader().load(SampleContent.SAMPLE);
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        sample = loaded.content();
        sampleSite = dir.resolve("sample-site");
        assertFalse(new SiteBuilder().build(SampleContent.SAMPLE, sampleSite).failed());
    }

    static Report sampleReport(String unit, String id) {
        return sample.reports().stream().filter(r -> r.header().unitId().equals(unit) && r.header().id().equals(id))
                .findFirst().orElseThrow();
    }

    /** The differences found are exactly those listed as not imported (path → reason), in any order. */
    static void assertOnly(Map<String, String> notImported, List<String> differences) {
        assertEquals(notImported.keySet().stream().sorted().toList(), ModelDifferences.paths(differences).stream().sorted().toList(),
                () -> String.join("\n", differences));
    }

    @Test
    void seed004FinalAccountsFromItsWordFileAndItsWorkbook() throws IOException {
        Imported draft = Imported.of(dir.resolve("c004"), List.of("--unit", "jiange"),
                DOCUMENTS.resolve("seed-004-jiange-final-accounts.docx"), DOCUMENTS.resolve("seed-004-jiange-accounts-tables.xlsx"));
        FinalAccounts imported = (FinalAccounts) draft.report();
        FinalAccounts published = (FinalAccounts) sampleReport("jiange", "final-accounts");

        assertOnly(Map.of(), AccountsFigures.differences(published, imported));
        // The figures the seed states only in its 说明's sentences (十（一）–（三）, and last year's in 一、四、五、七、十), read from them.
        List<String> stated = new java.util.ArrayList<>();
        stated.addAll(ModelDifferences.of("operating-costs", published.operatingCosts(), imported.operatingCosts()));
        stated.addAll(ModelDifferences.of("procurement", published.procurement(), imported.procurement()));
        stated.addAll(ModelDifferences.of("assets", published.assets(), imported.assets()));
        stated.addAll(ModelDifferences.of("previous-year", published.previousYear(), imported.previousYear()));
        assertOnly(Map.of(), stated);
        assertNotNull(imported.operatingCosts());
        assertNotNull(imported.procurement());
        assertNotNull(imported.assets());
        assertNotNull(imported.previousYear());
        // Held by the sample, printed by the seed as narrative or not at all: not imported, each for its reason.
        Map<String, Object> notImported = new LinkedHashMap<>();
        notImported.put("glossary: 名词解释 is imported as narrative (Markdown), not as glossary entries", published.glossary());
        notImported.put("explanations: the reasons of each change are the 说明's sentences, kept in the narrative", published.explanations());
        notImported.forEach((what, value) -> assertNotNull(value, "the sample holds " + what));
        assertTrue(imported.glossary() == null || imported.glossary().isEmpty());
        assertNull(imported.explanations());
        assertStated004(published.stated(), imported.stated());
        // 六 prints 一般公共预算财政拨款基本支出3429.91万元, where 人员经费 345.91 + 公用经费 46.60 = 392.51.
        List<String> published004 = findings(SampleContent.SAMPLE, "units/jiange/2022/final-accounts.yaml");
        assertEquals(List.of("accounts.stated stated.一般公共预算财政拨款基本支出"), published004);
        assertEquals(published004, findings(draft.content(), "units/jiange/2022/final-accounts.yaml"),
                "check lists the seed's published inconsistencies on the draft as on the sample");
        // The seed's 附件1 and 附件2 are whole reports: imported beside the 决算, which links them as its 附件 part.
        assertEquals(List.of(), imported.tables().stream().filter(t -> t.kind() == null).map(TableEntry::title).toList());
        assertEquals(List.of("final-accounts", "department-evaluation", "project-evaluation"),
                draft.reports().stream().map(r -> r.header().id()).sorted(java.util.Comparator.comparing(id -> !id.equals("final-accounts"))).toList());
        assertEquals(List.of("部门决算公开表", "第四部分 附 件"), imported.parts().stream().map(p -> p.heading()).toList());
        assertEquals("附件1：[2023年剑阁县医疗保障局部门整体支出绩效自评报告](../department-evaluation/index.html)\n\n"
                + "附件2：[剑阁县医疗保障局2022年医疗保障与服务能力提升专项资金绩效评价报告](../project-evaluation/index.html)",
                imported.parts().get(1).text());

        assertEquals(List.of(
                "state-capital row 1: sample [2022年国有资本经营预算财政拨款支出0万元。] draft [注：本单位2022年度无国有资本经营预算财政拨款支出，本表无数据。]"),
                draft.pageDifferences(sampleSite, "units/jiange/2022/final-accounts/index.html", "final-accounts"),
                "the 公开09表 of the workbook prints its own note (the sample has no such table and says it in a sentence); "
                + "the attachments' tables are their own reports' (the draft has parts:, so the figures read from the 说明's "
                + "sentences print in its generated 说明, as the sample's do)");
        assertAttachment004(draft);
    }

    /**
     * The figures seed 004's 说明 prints, read from its sentences into {@code stated}: every one the sample states,
     * with the sample's value, and besides them only those listed, each printed by the seed where the reason says.
     */
    private static void assertStated004(Map<String, String> published, Map<String, String> imported) {
        assertNotNull(imported, "stated read from the 说明");
        published.forEach((name, value) -> assertEquals(value, imported.get(name), "stated." + name));
        Map<String, String> alsoRead = new LinkedHashMap<>();
        for (String zero : List.of("国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入",
                "上缴上级支出", "经营支出", "对附属单位补助支出")) {
            alsoRead.put(zero + "占比", "二、三 print each source and type, 0万元，占0% here: the sample states those that are not 0");
        }
        alsoRead.put("项目支出", "三 prints 项目支出3163.31万元，占88.96%: the sample states its share only");
        for (String item : List.of("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费")) {
            String why = "七（二） prints each “三公” item's 支出决算 and share, and 1.–3. its 完成预算: the sample states the 公务接待费's share and change only";
            alsoRead.put(item, why);
            alsoRead.put(item + "占比", why);
            alsoRead.put(item + "完成预算", why);
        }
        alsoRead.remove("公务接待费占比");
        alsoRead.put("国有资本经营预算财政拨款支出", "九 prints 国有资本经营预算财政拨款支出0万元: the sample leaves it out");
        String subjects = "五（三） prints each 科目's 支出决算 and 完成预算 (10. prints 21.15 without its 万元, so only its 完成预算 is read): "
                + "the sample leaves them out";
        for (String subject : List.of("社会保障和就业支出（类）人力资源和社会保障管理事务（款）其他人力资源和社会保障管理事务",
                "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出",
                "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗", "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗",
                "卫生健康支出（类）医疗救助（款）城乡医疗救助", "卫生健康支出（类）医疗保障管理事务（款）行政运行",
                "卫生健康支出（类）医疗保障管理事务（款）事业运行", "卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出",
                "农林水支出（类）巩固扶贫衔接乡村振兴（款）社会发展")) {
            alsoRead.put(subject + "支出", subjects);
            alsoRead.put(subject + "完成预算", subjects);
        }
        alsoRead.put("住房保障（类）住房改革支出（款）住房公积金完成预算", subjects);
        assertEquals(alsoRead.keySet().stream().sorted().toList(),
                imported.keySet().stream().filter(name -> !published.containsKey(name)).sorted().toList());
        assertEquals("3163.31", imported.get("项目支出"));
        assertEquals("1.50", imported.get("公务接待费"));
        assertEquals("100%", imported.get("卫生健康支出（类）医疗救助（款）城乡医疗救助完成预算"));
        assertEquals("2299.53", imported.get("卫生健康支出（类）医疗救助（款）城乡医疗救助支出"));
    }

    /** What check finds in one report of a content folder: each finding's rule and field. */
    private static List<String> findings(Path content, String report) {
        return new SiteBuilder().check(content).diagnostics().stream()
                .filter(d -> d.position() != null && d.position().file().replace('\\', '/').endsWith(report))
                .map(d -> d.rule() + " " + d.path()).sorted().toList();
    }

    /**
     * Seed 004's 附件1 and 附件2, each imported as a report of its own, against the sample's transcription of them
     * (department-evaluation, medical-service-capacity), its 年度主要任务 as tasks and its 年度总体目标 as goals. Each
     * difference left is listed with its reason: what the document prints otherwise than the sample writes it.
     */
    private static void assertAttachment004(Imported draft) {
        List<String> department = EvaluationFigures.differences((Evaluation) sampleReport("jiange", "department-evaluation"),
                (Evaluation) draft.report("department-evaluation"));
        assertOnly(Map.of(
                "levels.size", LEVELS,
                "goals-columns", "the draft names the printed 预期目标/实际完成目标 headings, the sample leaves gongkai's",
                "funds.columns", "the draft names the printed 全年预算数（A）… headings, the sample leaves gongkai's",
                "funds.sources[0].source", "the table prints “其中：财政拨款”, the sample writes the source without its 其中："),
                department);

        List<String> project = EvaluationFigures.differences((Evaluation) sampleReport("jiange", "medical-service-capacity"),
                (Evaluation) draft.report("project-evaluation"));
        assertOnly(Map.of(
                "levels.size", LEVELS,
                "indicators[2].subgroups[0].items[0].rule", RULE,
                "indicators[3].subgroups[0].items[0].rule", RULE,
                "indicators[3].subgroups[0].items[5].rule", RULE,
                "indicators[3].subgroups[0].items[6].rule", RULE,
                "indicators[3].subgroups[0].items[9].rule", RULE), project);
    }

    @Test
    void seed000SelfEvaluationFromItsWordFile() throws IOException {
        Imported draft = Imported.of(dir.resolve("c000"), List.of("--unit", "wuhai"),
                DOCUMENTS.resolve("seed-000-wuhai-self-evaluation.docx"));

        assertSeed000(draft);
    }

    @Test
    void seed000SavedCmsPageWithItsPublicationHeader() throws IOException {
        Imported draft = Imported.of(dir.resolve("c000h"), List.of("--unit", "wuhai"),
                DOCUMENTS.resolve("seed-000-wuhai-cms-page.html"));

        assertSeed000(draft);
        assertEquals("2024-06-28", draft.report().header().published());
        assertEquals("乌海市医疗保障局", draft.report().header().publisher());
        assertEquals("乌海市医疗保障局转移支付整体绩效自评表（2023年度）", draft.report().header().title());
    }

    private static void assertSeed000(Imported draft) throws IOException {
        Evaluation published = (Evaluation) sampleReport("wuhai", "medical-service-capacity");
        List<String> differences = EvaluationFigures.differences(published, (Evaluation) draft.report());

        assertOnly(Map.of(
                "funds.rule", RULE + " (资金执行率 scored by its rate)",
                "levels.size", LEVELS,
                "goals-columns", "the draft names the printed 总体目标/全年实际完成情况 headings, the sample leaves gongkai's, which are the same"),
                differences);
        List<String> pages = draft.pageDifferences(sampleSite, "units/wuhai/2023/medical-service-capacity/index.html", "project-evaluation");
        assertEquals(List.of("funds row 2"), PageTables.places(pages), String.join("\n", pages));
        assertEquals("funds row 2: sample [年度资金总额, 593.57, 593.57, 554.07, 10, 93.35%, 9规则得分 9.33] "
                + "draft [年度资金总额, 593.57, 593.57, 554.07, 10, 93.35%, 9]", pages.get(0), "the rule's 规则得分 only");
    }

    @Test
    void seed001DepartmentEvaluationFromItsWordFile() throws IOException {
        Imported draft = Imported.of(dir.resolve("c001"), List.of("--unit", "nanjing"),
                DOCUMENTS.resolve("seed-001-nanjing-department-evaluation.docx"));
        Evaluation published = (Evaluation) sampleReport("nanjing", "department-evaluation");

        assertOnly(Map.of(
                "indicators[1].subgroups[0].items[1].rule", RULE,
                "indicators[3].subgroups[3].items[0].rule", RULE,
                "indicators[3].subgroups[3].items[1].rule", RULE,
                "indicators[4].subgroups[0].items[0].rule", RULE,
                "indicators[4].subgroups[0].items[1].rule", RULE,
                "levels.size", LEVELS),
                EvaluationFigures.differences(published, (Evaluation) draft.report()));
        List<String> pages = draft.pageDifferences(sampleSite, "units/nanjing/2023/department-evaluation/index.html", "department-evaluation");
        assertEquals(List.of("indicators row 12", "indicators row 40", "indicators row 41", "indicators row 45", "indicators row 46"),
                PageTables.places(pages), "the table under its printed 附件 指标体系得分情况; the rows of a rule only:\n" + String.join("\n", pages));
        pages.forEach(d -> assertTrue(onlyRuleScores(d), "the rules' 规则得分 only: " + d));
    }

    /** A page row that differs only by the 规则得分 a sample's scoring rule adds under a score. */
    private static boolean onlyRuleScores(String difference) {
        String sampleRow = difference.replaceFirst("(?s)^.*?: sample (\\[.*\\]) draft \\[.*$", "$1");
        String draftRow = difference.replaceFirst("(?s)^.*\\] draft (\\[.*\\])$", "$1");
        return !sampleRow.equals(draftRow) && sampleRow.replaceAll("规则得分 [\\d.]+", "").equals(draftRow);
    }
}
