package org.gongkai.derive;

import java.math.BigDecimal;

/**
 * The merged cell of a group (一级, 二级, … or a block above them) in the level columns: it opens at its
 * group's first row and spans its rows.
 *
 * @param level 0 for the outermost level column
 * @param statedWeight the weight its header prints, shown as 名称（N分）
 */
public record IndicatorGroupCell(String name, BigDecimal statedWeight, int span, int level) {
}
