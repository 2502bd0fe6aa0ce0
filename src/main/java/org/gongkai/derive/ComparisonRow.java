package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Unit;

/**
 * One unit in a year's comparison: its 决算, 部门整体 and 项目 绩效自评 of the year, each null where the
 * unit has no such report.
 */
public record ComparisonRow(Unit unit, ReportSummary accounts, ReportSummary department, ReportSummary project) {

    private static final ComparedFigures NONE = new ComparedFigures(null, null, null, null, null, null, null, null,
            null, null, null);

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
