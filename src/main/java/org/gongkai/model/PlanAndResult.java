package org.gongkai.model;

/**
 * A target set at the start of the year beside what was achieved; {@code adjusted} is the target as
 * adjusted during the year (全年（调整）绩效目标) where the table prints both, {@code label} the row's own
 * label where it prints one (目标1, …).
 */
public record PlanAndResult(String label, String planned, String adjusted, String actual, Origin origin) {
}
