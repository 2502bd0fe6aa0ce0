/**
 * Part of stage 5, charts: plans the charts of a page from derived figures
 * ({@link org.gongkai.render.chart.ChartPlanner}) and draws them as SVG and PNG
 * ({@link org.gongkai.render.chart.ChartDrawer}). Uses {@code model} and {@code derive}; not
 * {@code render}, which uses it.
 */
package org.gongkai.render.chart;
