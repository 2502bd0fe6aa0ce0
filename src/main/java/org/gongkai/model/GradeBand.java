package org.gongkai.model;

import java.math.BigDecimal;

/** One band of a grade scale: a total of at least {@code min} earns {@code grade}. */
public record GradeBand(@Required String grade, @Required BigDecimal min, Origin origin) {
}
