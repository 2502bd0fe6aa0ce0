package org.gongkai.model;

import java.util.List;
import java.util.Map;

/**
 * 绩效自评: both the department-wide (部门整体) and the project or transfer-payment (项目支出/转移支付)
 * self-evaluation, which share one table shape. A report that states its result only in its text has
 * no {@code indicators}; an unscored one has no weights or scores anywhere. A table without 一级/二级
 * columns lists its indicators in {@code flatIndicators}; {@code levels} are the printed headings of
 * the level columns (一级指标, 二级指标, 三级指标: the groups' levels, then the indicator's own).
 * {@code reweight}: the document scores indicators marked not applicable by leaving them out and
 * converting the rest to the full weight (按百分制折算). {@code tableTitle}: the title the document prints
 * over its 自评表 (附表：部门预算项目支出绩效自评表（2022年度）) where it prints one apart from the report's. {@code groupColumns}: the columns the table prints
 * after each group's level column, holding the group's own weight or score.
 */
public record Evaluation(
        @Inline ReportHeader header,
        String funding,
        String tableTitle,
        @Key("header") List<HeaderField> headerFields,
        List<PlanAndResult> tasks,
        Funds funds,
        Management management,
        List<PlanAndResult> goals,
        Map<PlanColumn, String> goalsColumns,
        Map<IndicatorColumn, String> columns,
        List<String> levels,
        Map<GroupColumn, String> groupColumns,
        List<IndicatorGroup> indicators,
        List<Indicator> flatIndicators,
        Boolean reweight,
        Stated stated,
        String remarks,
        List<String> notes,
        List<TableEntry> tables,
        List<Part> parts,
        Origin origin,
        /** The YAML as the clerk wrote it, read once by the loader and published beside the page as source.yaml. */
        @FromPath String yaml) implements Report {

    /** A report without an indicator table has an empty list of groups. */
    public Evaluation {
        indicators = indicators == null ? List.of() : indicators;
        flatIndicators = flatIndicators == null ? List.of() : flatIndicators;
    }
}
