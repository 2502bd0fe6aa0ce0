package org.gongkai.model;

import java.math.BigDecimal;

/** One step of a stepped 评分标准: from this figure on (预算执行率≥99%), this many points. */
public record ScoringStep(@Required String from, @Required BigDecimal score, Origin origin) {
}
