package org.gongkai.imports.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the import test documents (src/test/resources/import/) from the sample content: each seed's
 * original layout rebuilt as a Word file, seed 004's 决算公开表 as a workbook, seed 000's 自评表 as a
 * saved CMS page. Run {@code main} from the repository's root to regenerate them (see the README there).
 */
public final class TestDocuments {

    /** The files this writes, in order. */
    public static final List<String> FILES = List.of(
            "seed-000-wuhai-self-evaluation.docx",
            "seed-001-nanjing-department-evaluation.docx",
            "seed-004-jiange-final-accounts.docx",
            "seed-004-jiange-accounts-tables.xlsx",
            "seed-000-wuhai-cms-page.html");

    private static final Pattern AUTOMATIC = Pattern.compile("(\\d+)、 (.+)");

    private final SampleContent content;
    private final Path part2;

    /** Reads from the repository at {@code root}: its content/ and src/test/resources/seed-004-part2.md. */
    public TestDocuments(Path root) {
        this.content = new SampleContent(root.resolve("content/units"));
        this.part2 = root.resolve("src/test/resources/seed-004-part2.md");
    }

    public static void main(String[] args) throws IOException {
        // POI's log4j-api finds no logger here and would say so on stderr.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path folder = root.resolve("src/test/resources/import");
        new TestDocuments(root).writeAll(folder);
        System.out.println("wrote " + FILES.size() + " files to " + folder);
    }

    /** Writes every file into {@code folder}, each atomically. */
    public void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, FILES.get(0), wuhaiWord());
        write(folder, FILES.get(1), nanjingWord());
        write(folder, FILES.get(2), jiangeWord());
        write(folder, FILES.get(3), jiangeWorkbook());
        write(folder, FILES.get(4), wuhaiPage());
    }

    private static void write(Path folder, String name, byte[] bytes) throws IOException {
        Path temporary = folder.resolve("." + name + ".writing");
        Files.write(temporary, bytes);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Seed 000: 附件4, the title on two lines, the 自评表, its notes. */
    private byte[] wuhaiWord() throws IOException {
        JsonNode report = content.yaml("wuhai/2023/medical-service-capacity.yaml");
        Docx word = new Docx().paragraph("附件4");
        wuhaiTitle(report).forEach(word::title);
        word.table(EvaluationTables.transferPayment(report));
        notes(report).forEach(word::paragraph);
        return word.bytes();
    }

    /** The title as seed 000 prints it: the name, then the year in brackets on its own line. */
    private static List<String> wuhaiTitle(JsonNode report) {
        String title = report.get("title").asText();
        int bracket = title.indexOf('（');
        return List.of(title.substring(0, bracket), "(" + report.get("year").asText() + "年度)");
    }

    private static List<String> notes(JsonNode report) {
        List<String> lines = new java.util.ArrayList<>();
        int n = 1;
        for (JsonNode note : report.get("notes")) {
            lines.add((n == 1 ? "注：" : "") + n + "." + note.asText());
            n++;
        }
        return lines;
    }

    /** Seed 001: the report's text with its headings, then 附件 指标体系得分情况. */
    private byte[] nanjingWord() throws IOException {
        JsonNode report = content.yaml("nanjing/2023/department-evaluation.yaml");
        Docx word = new Docx().title(report.get("title").asText());
        narrative(word, content.narrative("nanjing/2023/department-evaluation.md"));
        word.paragraph("附件").title("指标体系得分情况");
        word.table(EvaluationTables.indicatorSystem(report, "合计",
                Map.of("一级指标", "一级\n指标", "二级指标", "二级\n指标", "全年指标值", "全年\n指标\n值")));
        return word.bytes();
    }

    /**
     * Seed 004: 第一部分 (final-accounts.md), 第二部分 as published (seed-004-part2.md), 第3部分 名词解释,
     * 第四部分 附件 — 附件1 with its 自评表, 附件2 with its 指标体系.
     */
    private byte[] jiangeWord() throws IOException {
        JsonNode accounts = content.yaml("jiange/2022/final-accounts.yaml");
        Docx word = new Docx().title(accounts.get("title").asText());
        narrative(word, content.narrative("jiange/2022/final-accounts.md"));
        narrative(word, new SampleContent(part2.getParent()).narrative(part2.getFileName().toString()));
        word.heading(1, "第3部分 名词解释");
        int n = 1;
        for (JsonNode term : accounts.get("glossary")) {
            word.paragraph("（" + chineseNumber(n++) + "）" + term.get("term").asText() + "：" + term.get("definition").asText());
        }
        word.heading(1, "第四部分 附 件");

        JsonNode department = content.yaml("jiange/2022/department-evaluation.yaml");
        word.paragraph("附件1").title(department.get("title").asText());
        narrative(word, content.narrative("jiange/2022/department-evaluation.md"));
        word.paragraph("附表：部门预算项目支出绩效自评表（2022年度）").title("2022年度部门整体支出绩效目标自评表");
        word.table(EvaluationTables.departmentForm(department));

        JsonNode project = content.yaml("jiange/2022/medical-service-capacity.yaml");
        word.paragraph("附件2").title(project.get("title").asText());
        narrative(word, content.narrative("jiange/2022/medical-service-capacity.md"));
        word.paragraph("附件：医疗服务与保障能力提升补助资金绩效评价指标体系及评价得分情况")
                .title(project.get("tables").get(0).get("title").asText()).title("绩效评价指标体系");
        word.table(EvaluationTables.indicatorSystem(project, null, Map.of("一级指标", "一级\n指标", "二级指标", "二级\n指标",
                "实际值(2022年)", "实际值\n(2022年)", "自评得分", "自评\n得分")));
        return word.bytes();
    }

    /** Seed 004's 决算公开表, a sheet each. */
    private byte[] jiangeWorkbook() throws IOException {
        JsonNode accounts = content.yaml("jiange/2022/final-accounts.yaml");
        String unit = content.yaml("jiange/unit.yaml").get("name").asText();
        Xlsx workbook = new Xlsx();
        for (AccountsTables.Sheet sheet : new AccountsTables(accounts).sheets()) {
            workbook.sheet(sheet.name(), sheet.title(), unit, "单位：万元", sheet.grid());
        }
        return workbook.bytes();
    }

    /**
     * Seed 000's 自评表 as the bureau's site would publish it. The seed is a Word attachment: the page's
     * 索引号, 发布日期 and 文号 are made up for the test (the bureau and title are the seed's).
     */
    private byte[] wuhaiPage() throws IOException {
        JsonNode report = content.yaml("wuhai/2023/medical-service-capacity.yaml");
        String unit = content.yaml("wuhai/unit.yaml").get("name").asText();
        CmsPage page = new CmsPage().paragraph("附件4");
        wuhaiTitle(report).forEach(page::centred);
        page.table(EvaluationTables.transferPayment(report));
        notes(report).forEach(page::paragraph);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("索引号", "WHYB-2024-000123");
        metadata.put("发布机构", unit);
        metadata.put("发布日期", "2024-06-28");
        metadata.put("文号", "无");
        metadata.put("主题分类", "财政预决算");
        metadata.put("公开方式", "主动公开");
        return page.bytes(unit, report.get("title").asText(), List.of("首页", "政务公开", "财政预决算"), metadata);
    }

    /**
     * The narrative's lines as Word paragraphs and headings. A heading the content writes {@code 1、 收入…}
     * (a digit, 、 and a space) is one Word numbered automatically in the original: the extraction shows
     * the number followed by the tab Word puts after it. It is written as such a numbered heading.
     */
    private static void narrative(Docx word, List<SampleContent.Line> lines) {
        for (SampleContent.Line line : lines) {
            Matcher numbered = AUTOMATIC.matcher(line.text());
            if (line.level() == 0) {
                word.paragraph(line.text());
            } else if (numbered.matches()) {
                word.numberedHeading(line.level(), Integer.parseInt(numbered.group(1)), numbered.group(2));
            } else {
                word.heading(line.level(), line.text());
            }
        }
    }

    private static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }
}
