package org.gongkai.derive;

import java.util.List;

/**
 * The same indicator across units and years, matched by its {@code code} or else by its name with
 * spaces and punctuation removed; {@code slug} is its stable folder name on the site.
 */
public record IndicatorSeries(String slug, String name, String code, List<IndicatorOccurrence> occurrences) {

    /** Whether any occurrence has a 分值: the page has no such column when none has. */
    public boolean hasWeights() {
        return occurrences.stream().anyMatch(o -> o.row().weight() != null);
    }

    /** Whether any occurrence has a 得分. */
    public boolean hasScores() {
        return occurrences.stream().anyMatch(o -> o.row().score() != null);
    }
}
