package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.draft.DraftDocuments;
import org.gongkai.load.ContentLoader;
import org.gongkai.load.LoadResult;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.IndicatorGroup;
import org.gongkai.model.Report;
import org.gongkai.model.Subject;
import org.gongkai.model.TableEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai import} end to end: documents built with POI (and a saved page) imported into a fresh
 * content folder, the draft's YAML read field by field with its source comments, loaded by the loader,
 * checked; and what must leave nothing written.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    private Path content() {
        return dir.resolve("content");
    }

    private MainTest.Run importing(Path... files) {
        return importing(List.of(), files);
    }

    private MainTest.Run importing(List<String> options, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        Stream.of(files).map(Path::toString).forEach(args::add);
        args.addAll(List.of("--content", content().toString()));
        args.addAll(options);
        return MainTest.run(args.toArray(String[]::new));
    }

    private static Report onlyReport(LoadResult loaded) {
        assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
        assertEquals(1, loaded.content().reports().size());
        return loaded.content().reports().get(0);
    }

    @Test
    void finalAccountsFromTheirWordReportAndExcelTables() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "jia"), DraftDocuments.accountsReport(dir), DraftDocuments.accountsWorkbook(dir));

        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("认出：甲县医疗保障局 2023年度 部门决算（final-accounts），金额单位 万元"), run.out());
        assertTrue(run.out().contains("决算公开表.xlsx 表1（公开02表） 收入决算表：表格种类 income → income，tables 中为 t1"), run.out());
        assertTrue(run.out().contains("决算公开表.xlsx 表5（公开07表） 一般公共预算财政拨款“三公”经费支出决算表：表格种类 three-public → three-public"), run.out());
        assertTrue(run.out().contains("检查草稿：没有发现问题。"), run.out());
        assertTrue(run.out().contains("下一步：对照原文核对草稿，改正后运行 gongkai serve --content " + content() + " 预览。"), run.out());

        String yaml = Files.readString(content().resolve("units/jia/2023/final-accounts.yaml"));
        for (String line : List.of(
                "kind: \"final-accounts\"",
                "title: \"甲县医疗保障局2023年度部门决算\"",
                "year: 2023",
                "money-unit: \"万元\"",
                "  general-budget: 3429.91  # 来源：决算公开表.xlsx 表1（公开02表） 第5行 第2列",
                "  basic: 392.51  # 来源：决算公开表.xlsx 表2（公开03表） 第5行 第2列",
                "  project: 3037.4  # 来源：决算公开表.xlsx 表2（公开03表） 第6行 第2列",
                "              code: \"2101599\"",
                "              budget: 3037.4  # 来源：决算公开表.xlsx 表3（公开05表） 第10行 第3列",
                "              project: 3037.4  # 来源：决算公开表.xlsx 表3（公开05表） 第10行 第6列",
                "  personnel: 345.91  # 来源：决算公开表.xlsx 表4（公开06表） 第8行 第3列",
                "  public: 46.6  # 来源：决算公开表.xlsx 表4（公开06表） 第8行 第6列",
                "    reception: 2  # 来源：决算公开表.xlsx 表5（公开07表） 第6行 第4列",
                "    reception: 1.5  # 来源：决算公开表.xlsx 表5（公开07表） 第6行 第8列",
                "    number: \"公开07表\"")) {
            assertTrue(yaml.contains(line + "\n"), line + " in\n" + yaml);
        }
        assertFalse(yaml.contains("合计"), "totals are derived, not imported:\n" + yaml);

        FinalAccounts accounts = (FinalAccounts) onlyReport(new ContentLoader().load(content()));
        assertEquals(new BigDecimal("3429.91"), accounts.income().generalBudget());
        assertEquals(new BigDecimal("0"), accounts.income().other());
        Subject health = accounts.generalBudget().subjects().get(0);
        assertEquals("卫生健康支出", health.name());
        assertEquals("210", health.code());
        Subject affairs = health.items().get(0);
        assertEquals("21015", affairs.code());
        assertEquals(List.of("行政运行", "其他医疗保障管理事务支出"), affairs.items().stream().map(Subject::name).toList());
        assertEquals(new BigDecimal("392.51"), affairs.items().get(0).basic());
        assertEquals(new BigDecimal("0"), affairs.items().get(0).project());
        assertEquals(List.of("30101", "30102"), accounts.basicExpenditure().personnelItems().stream().map(i -> i.code()).toList());
        assertEquals(new BigDecimal("145.91"), accounts.basicExpenditure().personnelItems().get(1).amount());
        assertEquals(List.of("办公费", "其他商品和服务支出"), accounts.basicExpenditure().publicItems().stream().map(i -> i.name()).toList());
        assertEquals(new BigDecimal("46.6"), accounts.basicExpenditure().public_());
        assertEquals(new BigDecimal("3"), accounts.threePublic().budget().reception().add(accounts.threePublic().budget().vehicleOperation()));
        assertEquals(new BigDecimal("1.5"), accounts.threePublic().actual().reception());
        assertEquals(java.util.Arrays.asList("income", "expenditure", "general-budget", "basic-expenditure", "three-public", null),
                accounts.tables().stream().map(TableEntry::kind).toList());

        assertEquals("## 第一部分 部门概况\n\n甲县医疗保障局是县政府工作部门，负责全县医疗保障工作。\n",
                Files.readString(content().resolve("units/jia/2023/final-accounts.md")));
        String unit = Files.readString(content().resolve("units/jia/unit.yaml"));
        assertTrue(unit.contains("name: \"甲县医疗保障局\"\n") && unit.contains("level: \"县级\"") && unit.contains("  - \"甲县\"\n"), unit);
        assertEquals(Main.OK, MainTest.run("check", "--content", content().toString()).exit(), "the draft checks as any content");
    }

    @Test
    void aTableNoKindNamesIsKeptAsACustomTableWithItsMergedHeader() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "jia", "--year", "2023"), DraftDocuments.accountsWorkbook(dir));

        assertTrue(run.out().contains("提示：文件没有印出标题，草稿的标题写为“甲县医疗保障局2023年度部门决算”，请按原文改正"), run.out());
        assertTrue(run.out().contains("决算公开表.xlsx 表6（公开09表） 部门预算项目资金分配表：自定义表格（原样保存），tables 中为 t6"), run.out());
        assertTrue(run.out().contains("保留为自定义表格的 1 张：部门预算项目资金分配表（t6）"), run.out());
        assertTrue(run.out().contains("无法读作数字的单元格（草稿中留空，请按原文填写）：\n"
                + "  决算公开表.xlsx 表6（公开09表） 第7行 第3列：“待定”（tables[t6].c3）\n"), run.out());
        String yaml = Files.readString(content().resolve("units/jia/2023/final-accounts.yaml"));
        String expected = """
                  - id: "t6"
                    number: "公开09表"
                    title: "部门预算项目资金分配表"
                    header:
                      - [{ text: "项目", rows: 2 }, { text: "资金", cols: 2 }]
                      - ["年初", "调整后"]
                    columns:
                      - key: "c1"
                      - key: "c2"
                        type: "amount"
                      - key: "c3"
                        type: "amount"
                    rows:
                      - c1: "医保信息化"
                        c2: 10  # 来源：决算公开表.xlsx 表6（公开09表） 第6行 第2列
                        c3: 12  # 来源：决算公开表.xlsx 表6（公开09表） 第6行 第3列
                      - c1: "经办能力建设"
                        c2: 5  # 来源：决算公开表.xlsx 表6（公开09表） 第7行 第2列
                      - c1: "异地就医直接结算"
                """;
        assertTrue(yaml.contains(expected), yaml);
        TableEntry custom = ((FinalAccounts) onlyReport(new ContentLoader().load(content()))).tables().get(5);
        assertEquals(2, custom.header().get(0).get(0).rowspan());
        assertEquals(2, custom.header().get(0).get(1).colspan());
        assertEquals(3, custom.columns().size());
        assertEquals(3, custom.rows().size());
    }

    @Test
    void twoTablesPrintingOneFigureGiveItOnceAndSayWhereTheyDiffer() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "jia", "--year", "2023"), DraftDocuments.summaryAndIncome(dir));

        assertTrue(run.out().contains("公开表.xlsx 表1（公开01表） 收入支出决算总表：表格种类 income-expenditure-summary → income, balances"), run.out());
        assertTrue(run.out().contains("公开表.xlsx 表2（公开02表） 收入决算表：表格种类 income → income，tables 中为 t2"), run.out());
        assertTrue(run.out().contains("提示：income.general-budget：公开表.xlsx 表2（公开02表） 第6行 第2列 印为 3400，"
                + "与公开表.xlsx 表1（公开01表） 第6行 第2列的 3429.91 不同；草稿中写的是后者，请核对原文"), run.out());
        String yaml = Files.readString(content().resolve("units/jia/2023/final-accounts.yaml"));
        assertTrue(yaml.contains("  general-budget: 3429.91  # 来源：公开表.xlsx 表1（公开01表） 第6行 第2列\n"), yaml);
        assertTrue(yaml.contains("balances:\n  opening: 12.5  # 来源：公开表.xlsx 表1（公开01表） 第8行 第2列\n"
                + "  closing: 12.5  # 来源：公开表.xlsx 表1（公开01表） 第8行 第4列\n"), yaml);
    }

    @Test
    void standardFormsWithLineNumbersAndWithoutSubjectCodes() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "jia", "--year", "2023"), DraftDocuments.standardForms(dir));

        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("公开表.xlsx 表4（公开08表） 政府性基金预算财政拨款收入支出决算表：表格种类 government-fund → government-fund"), run.out());
        assertTrue(run.out().contains("提示：general-budget：原表没有印科目编码，类、款、项按金额的合计关系推断"), run.out());
        assertTrue(run.out().contains("检查草稿：没有发现问题。"), run.out() + run.err());
        String yaml = Files.readString(content().resolve("units/jia/2023/final-accounts.yaml"));
        for (String line : List.of(
                "  general-budget: 100  # 来源：公开表.xlsx 表1（公开01表） 第7行 第3列",
                "  government-fund: 20  # 来源：公开表.xlsx 表1（公开01表） 第8行 第3列",
                "  basic: 60  # 来源：公开表.xlsx 表2（公开03表） 第6行 第3列",
                "  income: 20  # 来源：公开表.xlsx 表4（公开08表） 第7行 第3列",
                "    project: 20  # 来源：公开表.xlsx 表4（公开08表） 第8行 第6列")) {
            assertTrue(yaml.contains(line + "\n"), line + " in\n" + yaml);
        }
        FinalAccounts accounts = (FinalAccounts) onlyReport(new ContentLoader().load(content()));
        Subject health = accounts.generalBudget().subjects().get(0);
        assertEquals(1, accounts.generalBudget().subjects().size());
        assertEquals(List.of("医疗保障管理事务", "医疗救助"), health.items().stream().map(Subject::name).toList());
        assertEquals(List.of("行政运行", "其他医疗保障管理事务支出"), health.items().get(0).items().stream().map(Subject::name).toList());
        assertEquals(new BigDecimal("10"), health.items().get(0).items().get(1).project());
        assertEquals(null, health.budget(), "a 类's figures are its items' sums, not imported");
        assertEquals(new BigDecimal("30"), health.items().get(1).items().get(0).budget());
        assertEquals(new BigDecimal("20"), accounts.governmentFund().unclassified().project());
        assertEquals(List.of(), accounts.governmentFund().subjects());
    }

    @Test
    void evaluationTableSectionBySection() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "yi"), DraftDocuments.evaluationTable(dir));

        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("认出：乙市医疗保障局 2023年度 项目支出绩效自评（project-evaluation），金额单位 万元"), run.out());
        assertTrue(run.out().contains("自评表 → header, funds, management, goals, indicators"), run.out());
        assertTrue(run.out().contains("  自评表.docx 表1 第14行 第8列：“十分”（indicators.score）"), run.out());
        assertTrue(run.err().contains("[eval.missing-reason]") && run.err().contains("“参保率”得分 19 低于分值 20"),
                "the document's own inconsistencies are listed:\n" + run.err());
        String yaml = Files.readString(content().resolve("units/yi/2023/project-evaluation.yaml"));
        for (String line : List.of(
                "funding: \"转移支付\"",
                "  - label: \"转移支付名称\"",
                "    value: \"医疗服务与保障能力提升补助资金\"",
                "  label: \"资金投入情况\"",
                "    budget: \"全年预算数（A）\"",
                "  weight: 10  # 来源：自评表.docx 表1 第3行 第6列",
                "    source: \"年度资金总额\"",
                "    executed: 554.07  # 来源：自评表.docx 表1 第3行 第5列",
                "    stated-rate: \"93.3%\"",
                "  weight: 40  # 来源：自评表.docx 表1 第6行 第6列",
                "      issues: \"个别资金下达略晚\"",
                "    actual: \"完成医保信息平台建设\"",
                "  actual: \"全年实际完成情况\"",
                "  total: 96  # 来源：自评表.docx 表1 第15行 第8列")) {
            assertTrue(yaml.contains(line + "\n"), line + " in\n" + yaml);
        }
        Evaluation evaluation = (Evaluation) onlyReport(new ContentLoader().load(content()));
        assertEquals(new BigDecimal("593.57"), evaluation.funds().total().budget());
        assertEquals(List.of("其中：中央财政资金", "地方财政资金"), evaluation.funds().sources().stream().map(s -> s.source()).toList());
        assertEquals(new BigDecimal("40"), evaluation.management().weight());
        assertEquals(new BigDecimal("19"), evaluation.management().items().get(1).score());
        assertEquals("提升医保信息化水平", evaluation.goals().get(0).planned());
        assertEquals(List.of("一级指标", "二级指标", "三级指标"), evaluation.levels());
        IndicatorGroup output = evaluation.indicators().get(0);
        assertEquals("产出指标", output.group());
        assertEquals("数量指标", output.subgroups().get(0).group());
        assertEquals(List.of("服务站数量", "参保率"), output.subgroups().get(0).items().stream().map(i -> i.name()).toList());
        assertEquals("≥95%", output.subgroups().get(0).items().get(1).target());
        assertEquals(new BigDecimal("19"), output.subgroups().get(0).items().get(1).score());
        assertEquals(null, evaluation.indicators().get(1).subgroups().get(0).items().get(0).score(), "十分 is left blank");
        assertEquals(new BigDecimal("100"), evaluation.stated().weight());
        assertEquals(List.of("该表由中央主管部门填写。", "其他资金包括自有资金和社会资金。"), evaluation.notes());
        assertFalse(Files.exists(content().resolve("units/yi/2023/project-evaluation.md")), "no narrative but the notes");
    }

    @Test
    void anIndicatorTableOnItsOwnWithItsPrintedWeightAndGrade() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "wu"), DraftDocuments.departmentPage(dir));

        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("认出：戊区医疗保障局 2023年度 部门整体支出绩效自评（department-evaluation）"), run.out());
        assertTrue(run.out().contains("自评报告.html 表1 附表：部门整体支出绩效指标评分表：自评表 → indicators"), run.out());
        String yaml = Files.readString(content().resolve("units/wu/2023/department-evaluation.yaml"));
        assertTrue(yaml.contains("stated:\n  weight: 100  # 来源：自评报告.html 表1 第5行 第4列\n  grade: \"优\"\n"
                + "  total: 98  # 来源：自评报告.html 正文“得分为98分(详见附表)，等级为“良””\n"), "the table's grade, the text's total:\n" + yaml);
        assertTrue(yaml.contains("columns:\n  weight: \"权重\"\n  standard: \"评分标准\"\n  score: \"自评得分\"\n"), yaml);
        Evaluation evaluation = (Evaluation) onlyReport(new ContentLoader().load(content()));
        assertEquals(List.of("决策", "效益"), evaluation.indicators().stream().map(IndicatorGroup::group).toList());
        assertEquals(new BigDecimal("18"), evaluation.indicators().get(0).subgroups().get(0).items().get(1).score());
        assertEquals("合理得60分", evaluation.indicators().get(0).subgroups().get(0).items().get(0).standard());
        assertEquals("优", evaluation.stated().grade());
        assertEquals(new BigDecimal("98"), evaluation.stated().total());
        String narrative = Files.readString(content().resolve("units/wu/2023/department-evaluation.md"));
        assertTrue(narrative.startsWith("## 一、部门概况\n\n戊区医疗保障局负责全区医疗保障工作。\n\n绩效评价结果分为四级"), narrative);
    }

    @Test
    void savedWebPage() throws IOException {
        MainTest.Run run = importing(List.of("--unit", "ding"), DraftDocuments.webPage(dir));

        assertEquals(Main.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("认出：丁县医疗保障局 2024年度 部门决算"), run.out());
        String yaml = Files.readString(content().resolve("units/ding/2024/final-accounts.yaml"));
        for (String line : List.of(
                "published: \"2024-08-30\"",
                "publisher: \"丁县人民政府办公室\"",
                "  general-budget: 500.00  # 来源：2024年度部门决算.html 表1 第6行 第2列",
                "  opening: 0.00  # 来源：2024年度部门决算.html 表1 第8行 第2列",
                "  closing: 0.00  # 来源：2024年度部门决算.html 表1 第8行 第4列",
                "  basic: 300.00  # 来源：2024年度部门决算.html 表2 第2行 第2列",
                "    vehicle-operation: 20000.00  # 来源：2024年度部门决算.html 表3 第5行 第2列",
                "    reception: 5000.00  # 来源：2024年度部门决算.html 表3 第6行 第3列",
                "    kind: \"three-public\"",
                "    title: \"财政拨款“三公”经费支出决算表\"",
                "    money-unit: \"元\"",
                "    kind: \"state-capital\"",
                "    empty: \"本单位无国有资本经营预算财政拨款支出，故本表无数据。\"")) {
            assertTrue(yaml.contains(line + "\n"), line + " in\n" + yaml);
        }
        assertFalse(Files.readString(content().resolve("units/ding/2024/final-accounts.md")).contains("网站首页"));
        FinalAccounts accounts = (FinalAccounts) onlyReport(new ContentLoader().load(content()));
        assertEquals(new BigDecimal("18000.00"), accounts.threePublic().actual().vehicleOperation());
        assertEquals("元", accounts.tables().get(2).moneyUnit().label());
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path word = DraftDocuments.accountsReport(dir);
        Path excel = DraftDocuments.accountsWorkbook(dir);
        assertEquals(Main.OK, importing(List.of("--unit", "jia"), word, excel).exit());
        Path report = content().resolve("units/jia/2023/final-accounts.yaml");
        Path narrative = content().resolve("units/jia/2023/final-accounts.md");
        Files.writeString(report, Files.readString(report).replace("3429.91", "3400"));
        Files.delete(narrative);
        List<Path> before = files();

        MainTest.Run again = importing(List.of("--unit", "jia"), word, excel);

        assertEquals(Main.DATA_ERRORS, again.exit());
        assertTrue(again.err().contains("导入失败：这些文件已经存在，没有覆盖，也没有写入任何文件：" + report
                + "。核对后要用导入的草稿替换它们，请加上 --force"), again.err());
        assertTrue(again.err().contains("没有写入任何文件。"), again.err());
        assertTrue(Files.readString(report).contains("general-budget: 3400  #"), "left as the clerk edited it");
        assertEquals(before, files(), "nor the missing .md written, nor anything beside");

        MainTest.Run forced = importing(List.of("--unit", "jia", "--force"), word, excel);
        assertEquals(Main.OK, forced.exit(), forced.err());
        assertTrue(Files.readString(report).contains("general-budget: 3429.91  #"));
        assertTrue(Files.exists(narrative));
    }

    @Test
    void aFileThatCannotBeReadLeavesNothingWritten() throws IOException {
        Path broken = dir.resolve("公开表.xlsx");
        Files.writeString(broken, "这不是 Excel 文件");

        MainTest.Run run = importing(List.of("--unit", "jia"), DraftDocuments.accountsReport(dir), broken);

        assertEquals(Main.DATA_ERRORS, run.exit());
        assertTrue(run.err().startsWith("导入失败：公开表.xlsx：文件名表明它是Excel 工作簿（.xlsx），但它的内容是"), run.err());
        assertTrue(run.err().contains("没有写入任何文件。"));
        assertFalse(Files.exists(content()));
        assertEquals(List.of("公开表.xlsx", "决算说明.docx"), names(dir), "no temporary folder left either");
    }

    @Test
    void whatCannotBeRecognisedNamesTheOptionToAdd() throws IOException {
        MainTest.Run noUnit = importing(DraftDocuments.evaluationTable(dir));
        assertEquals(Main.DATA_ERRORS, noUnit.exit());
        assertTrue(noUnit.err().contains("内容文件夹中还没有单位“乙市医疗保障局”：请加上 --unit 单位标识"), noUnit.err());

        MainTest.Run noYear = importing(List.of("--unit", "bing"), DraftDocuments.withoutYear(dir));
        assertEquals(Main.DATA_ERRORS, noYear.exit());
        assertTrue(noYear.err().contains("在文件的标题和表头中找不到年度：请加上 --year 年度（如 --year 2023）"), noYear.err());
        assertFalse(Files.exists(content()));

        MainTest.Run given = importing(List.of("--unit", "bing", "--year", "2022"), DraftDocuments.withoutYear(dir));
        Path written = content().resolve("units/bing/2022/final-accounts.yaml");
        assertTrue(Files.readString(written).contains("year: 2022\n"));
        assertEquals(Main.DATA_ERRORS, given.exit(), "a 决算 without its tables is written, and check says what it lacks");
        assertTrue(given.err().contains("final-accounts.yaml") && given.err().contains("income"), given.err());
    }

    @Test
    void aKnownUnitIsFoundByItsName() throws IOException {
        assertEquals(Main.OK, importing(List.of("--unit", "yi"), DraftDocuments.evaluationTable(dir)).exit());
        Files.delete(content().resolve("units/yi/2023/project-evaluation.yaml"));

        MainTest.Run run = importing(DraftDocuments.evaluationTable(dir));

        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of(content().resolve("units/yi/2023/project-evaluation.yaml").toString()),
                run.out().lines().filter(l -> l.startsWith("  " + content())).map(String::strip).toList(), "no new unit.yaml");
    }

    @Test
    void aFailureWhileMovingIntoPlaceTakesBackWhatWasMoved() throws IOException {
        Files.createDirectories(content().resolve("units/jia"));
        Files.writeString(content().resolve("units/jia/2023"), "a file where the year folder goes");

        MainTest.Run run = importing(List.of("--unit", "jia", "--year", "2023"), DraftDocuments.accountsWorkbook(dir));

        assertEquals(Main.DATA_ERRORS, run.exit());
        assertTrue(run.err().startsWith("导入失败：") && run.err().contains("2023") && run.err().contains("没有写入任何文件。"), run.err());
        assertFalse(Files.exists(content().resolve("site.yaml")), run.err());
        assertFalse(Files.exists(content().resolve("units/jia/unit.yaml")));
        assertEquals(List.of("2023"), names(content().resolve("units/jia")));
        assertEquals(List.of("content", "决算公开表.xlsx"), names(dir));
    }

    @Test
    void nothingIsWrittenThroughALinkOutOfTheContentFolder() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(content().resolve("units"));
        Files.createSymbolicLink(content().resolve("units/jia"), outside);

        MainTest.Run run = importing(List.of("--unit", "jia"), DraftDocuments.accountsReport(dir), DraftDocuments.accountsWorkbook(dir));

        assertEquals(Main.DATA_ERRORS, run.exit());
        assertTrue(run.err().contains("是指向内容文件夹之外的链接，没有写入任何文件"), run.err());
        assertEquals(List.of(), names(outside));
        assertEquals(List.of("units"), names(content()), "the site.yaml moved in first is taken back");
        assertEquals(List.of("content", "outside", "决算公开表.xlsx", "决算说明.docx"), names(dir));
    }

    @Test
    void helpIsInChinese() {
        MainTest.Run help = MainTest.run("import", "--help");
        assertEquals(Main.OK, help.exit());
        assertTrue(help.out().contains("用法：gongkai import [-hV] [--force] [-c=DIR] [--kind=KIND] [--unit=ID]"), help.out());
        assertTrue(help.out().contains("导入已公开的文件") && help.out().contains("--force") && help.out().contains("覆盖已有的文件"), help.out());
        assertFalse(help.out().contains("Usage"));
        MainTest.Run wrongKind = MainTest.run("import", "a.docx", "--kind", "budget");
        assertEquals(Main.USAGE, wrongKind.exit());
        assertTrue(wrongKind.err().contains("报告类型应为 final-accounts、department-evaluation 或 project-evaluation，实际为“budget”"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
