package org.gongkai.model;

/**
 * What the clerk writes in a 决算说明: the reasons and the free text. Every figure around them is
 * generated from the data. Reasons are one plain sentence; {@code threePublicDetails} and
 * {@code performance} are Markdown.
 */
public record Explanations(
        String totalChange,
        String fiscalChange,
        String generalBudgetChange,
        String personnelIncludes,
        String publicIncludes,
        String threePublic,
        String threePublicDetails,
        String operatingCostsChange,
        String performance,
        Origin origin) {
}
