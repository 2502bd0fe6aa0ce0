package org.gongkai.model;

import java.math.BigDecimal;

/** A 小计 row the document prints below a group's indicators, with the figures it prints there. */
public record GroupSubtotal(BigDecimal weight, BigDecimal score, Origin origin) {
}
