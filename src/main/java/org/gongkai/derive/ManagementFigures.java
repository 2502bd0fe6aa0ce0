package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Management;

/** 资金管理情况 with its weights and scores summed. */
public record ManagementFigures(Management management, BigDecimal weight, BigDecimal score) {

    /** Whether the table has 分值 and 得分 columns: an unscored 资金管理情况 has neither. */
    public boolean scored() {
        return weight != null || score != null || management.weight() != null;
    }
}
