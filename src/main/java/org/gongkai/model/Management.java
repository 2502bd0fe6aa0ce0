package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 资金管理情况, with the columns the table prints under their printed headings where the document's differ
 * from the standard form's (项目 | 情况说明 | 分值 | 得分 | 存在问题和改进措施).
 */
public record Management(BigDecimal weight, @Required List<ManagementItem> items, Map<ManagementColumn, String> columns,
        Origin origin) {
}
