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

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");

    /** The 发布日期 as a day of the calendar (2023-09-15, 2023年9月15日 …), or none when it is not written as one. */
    public java.util.Optional<java.time.LocalDate> publishedDate() {
        if (published == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = DATE.matcher(published);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@link #publishedDate()} as the pages' metadata write it (2023-09-15), or "". */
    public String publishedIso() {
        return publishedDate().map(java.time.LocalDate::toString).orElse("");
    }
}
