package org.gongkai.model;

import java.math.BigDecimal;

/** What the document itself states as its result, kept beside what gongkai derives. */
public record Stated(BigDecimal weight, BigDecimal total, String grade, Origin origin) {
}
