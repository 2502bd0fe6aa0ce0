package org.gongkai.model;

/**
 * The fields every report has, written at the top of its YAML; the loader adds where it is, its
 * narrative ({@code <id>.md}), its section overrides ({@code <id>.<section>.md}), and a digest of all
 * of those files' bytes, which incremental builds compare.
 */
public record ReportHeader(
        @FromPath String unitId,
        @FromPath String id,
        @FromPath String file,
        @FromPath String narrative,
        @FromPath java.util.Map<String, String> sections,
        @FromPath String digest,
        @Required ReportKind kind,
        @Required String title,
        @Required Integer year,
        @Required MoneyUnit moneyUnit,
        String published,
        String publisher,
        String gradeScale,
        String source) {
}
