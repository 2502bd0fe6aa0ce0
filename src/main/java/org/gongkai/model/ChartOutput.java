package org.gongkai.model;

/**
 * Which chart files a site publishes (site.yaml {@code charts}). PNG copies are for readers who paste
 * a chart into slides or Word; they cost most of a build's time, so a large portal may publish SVG only.
 */
public enum ChartOutput implements Labeled {
    SVG_AND_PNG("svg+png"),
    SVG("svg"),
    NONE("none");

    private final String label;

    ChartOutput(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
