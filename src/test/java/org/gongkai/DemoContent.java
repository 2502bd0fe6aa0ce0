package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The smallest valid content folder, written by a test: a site with the 优良中差 grade scale and one unit,
 * 示例县医疗保障局 in units/demo, with the report files the test gives it in units/demo/2023.
 */
public final class DemoContent {

    /** The four-grade scale, as the site.yaml keys that define it and make it the default. */
    public static final String GRADE_SCALE = """
            grade-scales:
              优良中差:
                - { grade: 优, min: 90 }
                - { grade: 良, min: 80 }
                - { grade: 中, min: 60 }
                - { grade: 差, min: 0 }
            grade-scale: 优良中差
            """;
    public static final String SITE = "title: 测试站点\n" + GRADE_SCALE;
    /** The same site without charts, for tests of pages that need no chart (and no CJK font). */
    public static final String SITE_WITHOUT_CHARTS = SITE + "charts: none\n";
    public static final String UNIT = """
            name: 示例县医疗保障局
            level: 县级
            region: [示例省, 示例市, 示例县]
            """;
    /** A clean 决算: 100万元 of 一般公共预算财政拨款, 60 of it 基本支出 and 40 项目支出. */
    public static final String FINAL_ACCOUNTS = """
            kind: final-accounts
            title: 示例县医疗保障局2023年度部门决算
            year: 2023
            money-unit: 万元
            income:
              general-budget: 100
            expenditure:
              basic: 60
              project: 40
            """;
    /** The unit's folder and its year folder, relative to the content folder. */
    public static final String UNIT_FOLDER = "units/demo";
    public static final String YEAR_FOLDER = UNIT_FOLDER + "/2023";

    private DemoContent() {
    }

    /**
     * Writes {@code site} as site.yaml, {@link #UNIT} and each of {@code yearFiles} (file name to text) in
     * units/demo/2023 under {@code content}, and returns {@code content}.
     */
    public static Path write(Path content, String site, Map<String, String> yearFiles) throws IOException {
        Path year = Files.createDirectories(content.resolve(YEAR_FOLDER));
        Files.writeString(content.resolve("site.yaml"), site);
        Files.writeString(content.resolve(UNIT_FOLDER).resolve("unit.yaml"), UNIT);
        for (Map.Entry<String, String> file : yearFiles.entrySet()) {
            Files.writeString(year.resolve(file.getKey()), file.getValue());
        }
        return content;
    }
}
