package org.gongkai.model;

import java.math.BigDecimal;

/** An amount split into 基本支出 and 项目支出. */
public record Split(BigDecimal basic, BigDecimal project, Origin origin) {
}
