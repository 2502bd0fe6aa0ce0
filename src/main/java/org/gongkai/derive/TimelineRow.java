package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;

/** One figure of a unit across its years; {@code values} line up with the timeline's years (null: not known). */
public record TimelineRow(String label, boolean score, List<BigDecimal> values) {
}
