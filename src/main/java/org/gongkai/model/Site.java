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

    public String lang() {
        return language == null ? "zh-CN" : language;
    }
}
