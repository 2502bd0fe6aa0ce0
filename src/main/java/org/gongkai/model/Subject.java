package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 支出功能分类科目 (类, 款 or 项). Only a subject without {@code items} carries amounts; the amounts
 * of the others are the sums of their items.
 */
public record Subject(
        @Required String name,
        String code,
        BigDecimal budget,
        BigDecimal basic,
        BigDecimal project,
        List<Subject> items,
        Origin origin) {

    public boolean isLeaf() {
        return items == null || items.isEmpty();
    }
}
