package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/** 资金管理情况. */
public record Management(BigDecimal weight, @Required List<ManagementItem> items, Origin origin) {
}
