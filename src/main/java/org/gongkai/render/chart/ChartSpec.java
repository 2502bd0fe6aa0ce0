package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: the figures (already derived), their labels,
 * and the words a reader gets instead of the picture.
 *
 * @param id file name without extension, unique within its page
 * @param number 图1, 图2 … as the published document numbers its charts
 * @param categories the x axis (bars) or the slices (pie)
 * @param series one or more series of values, each as long as {@code categories}; a pie has one
 * @param valueUnit the unit of the values (万元, 分)
 * @param summary the one-line statistical subtitle
 */
public record ChartSpec(
        String id,
        String number,
        String title,
        String summary,
        Kind kind,
        List<String> categories,
        List<Series> series,
        String valueUnit,
        List<String> valueLabels) {

    public enum Kind { PIE, BARS, LINES, RANKING }

    /** A named series of values; {@code shares} (pies only) are the derived percentages. */
    public record Series(String name, List<BigDecimal> values, List<BigDecimal> shares) {
    }

    /** The chart as text: what a screen reader says and what the SVG's desc holds. */
    public String description() {
        StringBuilder text = new StringBuilder(title).append("：");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            if (s > 0) {
                text.append("；");
            }
            if (series.size() > 1 || kind != Kind.PIE) {
                text.append(one.name()).append("，");
            }
            for (int c = 0; c < categories.size(); c++) {
                if (c > 0) {
                    text.append("，");
                }
                BigDecimal value = one.values().get(c);
                text.append(categories.get(c)).append(value == null ? "无数据" : value.toPlainString() + valueUnit);
                if (one.shares() != null && one.shares().get(c) != null) {
                    text.append("（占").append(one.shares().get(c).toPlainString()).append("%）");
                }
            }
        }
        return text.append("。").toString();
    }
}
