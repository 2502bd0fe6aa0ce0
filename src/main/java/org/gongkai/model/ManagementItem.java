package org.gongkai.model;

import java.math.BigDecimal;

/** One 资金管理 item: 情况说明, 分值, 得分, 存在问题和改进措施. */
public record ManagementItem(
        @Required String item,
        String description,
        BigDecimal weight,
        BigDecimal score,
        String issues,
        Origin origin) {
}
