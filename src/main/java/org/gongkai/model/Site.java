package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * content/site.yaml, with the standard print of each built-in table ({@code builtInTables}, by block:
 * its catalogue kind's title, headings, labels and empty-table text), which the loader puts in from the
 * site's table catalogue.
 */
public record Site(
        @FromPath String digest,
        @Required String title,
        String baseUrl,
        String language,
        Scope scope,
        Integer percentDecimals,
        Map<String, List<GradeBand>> gradeScales,
        String gradeScale,
        Map<String, String> gradeScaleByKind,
        ChartOutput charts,
        List<SiteOutput> outputs,
        String pdfFont,
        String siteIdCode,
        String organizer,
        SiteColumn column,
        List<String> keywords,
        @FromPath Map<String, TableEntry> builtInTables,
        Origin origin) {

    public static final int DEFAULT_PERCENT_DECIMALS = 2;

    public int decimals() {
        return percentDecimals == null ? DEFAULT_PERCENT_DECIMALS : percentDecimals;
    }

    /** Which chart files to publish; SVG and PNG unless site.yaml says otherwise. */
    public ChartOutput chartOutput() {
        return charts == null ? ChartOutput.SVG_AND_PNG : charts;
    }

    /** Whether the site publishes {@code output} for its reports; the pages always, other files only when listed. */
    public boolean makes(SiteOutput output) {
        return output == SiteOutput.HTML || outputs != null && outputs.contains(output);
    }

    /** {@link #makes(SiteOutput)} by the label site.yaml uses ({@code xlsx}), for the templates. */
    public boolean publishes(String label) {
        return Labeled.parse(SiteOutput.class, label).map(this::makes).orElse(false);
    }

    /** The host of base-url (ybj.example.gov.cn), the SiteDomain of every page; "" without a base-url. */
    public String domain() {
        if (baseUrl == null) {
            return "";
        }
        try {
            String host = java.net.URI.create(ControlCharacters.remove(baseUrl.strip())).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public String lang() {
        return language == null ? "zh-CN" : language;
    }
}
