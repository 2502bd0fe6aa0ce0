package org.gongkai.render;

import org.gongkai.render.chart.ChartSpec;

/** A chart as a page shows it: its spec and the relative links to its SVG and PNG files. */
public record ChartView(ChartSpec spec, String svg, String png) {
}
