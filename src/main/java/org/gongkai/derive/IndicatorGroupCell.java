package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * The merged cell of a group (一级, 二级, … or a block above them) in the level columns: it opens at its
 * group's first row and spans its rows.
 *
 * @param level 0 for the outermost level column
 * @param statedWeight the weight its header prints: shown as 名称（N分）, or in its own column
 * @param statedScore the score the document prints for the group, in its own column
 * @param weight the sum of the weights under it (null without any)
 * @param score the sum of the scores under it (null without any, or where one is left blank)
 */
public record IndicatorGroupCell(String name, BigDecimal statedWeight, BigDecimal statedScore, BigDecimal weight,
        BigDecimal score, int span, int level) {

    /** Whether the document prints a score for the group that is not the sum of the scores under it. */
    public boolean scoreDiffers() {
        return statedScore != null && score != null && statedScore.compareTo(score) != 0;
    }

    /** Whether the group's header prints a weight that is not the sum of the weights under it. */
    public boolean weightDiffers() {
        return statedWeight != null && weight != null && statedWeight.compareTo(weight) != 0;
    }
}
