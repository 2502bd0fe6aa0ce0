package org.gongkai.model;

import java.math.BigDecimal;

/** 人员编制: one category with its approved (核定) and actual (实有) head count. */
public record Staffing(@Required String category, BigDecimal approved, BigDecimal actual, String asOf, Origin origin) {
}
