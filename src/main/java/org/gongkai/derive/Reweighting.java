package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * A total converted to the full weight because indicators marked not applicable are not scored
 * (按百分制折算): total = applicable scores × full weight ÷ applicable weight.
 */
public record Reweighting(BigDecimal applicableScore, BigDecimal applicableWeight, BigDecimal fullWeight) {
}
