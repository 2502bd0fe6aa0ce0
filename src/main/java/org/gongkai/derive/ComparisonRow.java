package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Unit;

/**
 * One unit in a year's comparison: its 决算, 部门整体 and 项目 绩效自评 of the year, each null where the
 * unit has no such report. A unit that publishes several 决算 in a year (a 部门决算 and a 单位决算) has one
 * row, with the widest of them ({@code accounts}) and the others named ({@code otherAccounts}); a unit
 * whose 决算 a parent's 部门决算 already includes is shown but not counted ({@code includedIn}).
 */
public record ComparisonRow(Unit unit, ReportSummary accounts, ReportSummary department, ReportSummary project,
        java.util.List<ReportSummary> otherAccounts, ComparisonInclusion includedIn) {

    private static final ComparedFigures NONE = new ComparedFigures(null, null, null, null, null, null, null, null,
            null, null, null, null, java.util.List.of());

    /** Whether the row's 决算 counts in the year's totals, counts and rankings: not when a parent's 部门决算 includes it. */
    public boolean counted() {
        return includedIn == null;
    }

    /** The 决算's figures in 万元; every one null when the unit has no 决算 in the year. */
    public ComparedFigures figures() {
        return accounts == null ? NONE : accounts.compared();
    }

    /** 预算执行率 of the department-wide evaluation's funds table. */
    public BigDecimal departmentRate() {
        return department == null ? null : department.fundsRate();
    }

    public BigDecimal projectRate() {
        return project == null ? null : project.fundsRate();
    }
}
