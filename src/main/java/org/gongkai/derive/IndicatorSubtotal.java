package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.GroupSubtotal;

/**
 * A 小计 row the document prints below a group's indicators, beside the sums gongkai derives.
 *
 * @param level the group's level column, 0 for the outermost
 * @param weight the sum of the weights under the group (null without any)
 * @param score the sum of the scores under it (null without any, or where one is left blank)
 */
public record IndicatorSubtotal(String name, int level, GroupSubtotal stated, BigDecimal weight, BigDecimal score) {

    public boolean weightDiffers() {
        return stated.weight() != null && weight != null && stated.weight().compareTo(weight) != 0;
    }

    public boolean scoreDiffers() {
        return stated.score() != null && score != null && stated.score().compareTo(score) != 0;
    }
}
