package org.gongkai.model;

/** The fields every report has, written at the top of its YAML. */
public record ReportHeader(
        @FromPath String unitId,
        @FromPath String id,
        @FromPath String file,
        @FromPath String narrative,
        @Required ReportKind kind,
        @Required String title,
        @Required Integer year,
        @Required MoneyUnit moneyUnit,
        String published,
        String publisher,
        String gradeScale,
        String source) {
}
