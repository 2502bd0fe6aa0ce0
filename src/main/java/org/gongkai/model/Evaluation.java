package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * 绩效自评: both the department-wide (部门整体) and the project or transfer-payment (项目支出/转移支付)
 * self-evaluation, which share one table shape.
 */
public record Evaluation(
        @Inline ReportHeader header,
        String funding,
        @Key("header") List<HeaderField> headerFields,
        List<PlanAndResult> tasks,
        Funds funds,
        Management management,
        List<PlanAndResult> goals,
        Map<IndicatorColumn, String> columns,
        @Required List<IndicatorGroup> indicators,
        Stated stated,
        String remarks,
        List<String> notes,
        List<TableEntry> tables,
        List<Part> parts,
        Origin origin) implements Report {
}
