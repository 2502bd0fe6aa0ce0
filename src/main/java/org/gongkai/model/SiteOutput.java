package org.gongkai.model;

/**
 * What a site publishes for each report (site.yaml {@code outputs}): its page, always, and where the
 * site asks for them the files a bureau files and attaches on its government-website platform.
 */
public enum SiteOutput implements Labeled {
    /** The report's page, with its CSV, JSON and bundle downloads. */
    HTML("html"),
    /** report.xlsx: one sheet per table of the page, in the published layout. */
    XLSX("xlsx"),
    /** report.docx: the document with its headings, narrative, tables and charts. */
    DOCX("docx"),
    /** report.pdf: the document on A4, its fonts embedded, its charts as vectors. */
    PDF("pdf"),
    /** article.html: the report as a fragment with inline styles, to paste into a government-website platform's editor. */
    ARTICLE("article");

    private final String label;

    SiteOutput(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
