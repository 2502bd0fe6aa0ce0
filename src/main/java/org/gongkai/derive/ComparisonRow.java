package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Unit;

/**
 * One unit in a year's comparison: the figures a reader compares across bureaus, in 万元, taken from
 * the same derived figures its own report pages show. Null where the unit has no such report.
 */
public record ComparisonRow(
        Unit unit,
        FinalAccountsFigures accounts,
        EvaluationFigures department,
        EvaluationFigures project,
        BigDecimal grandTotal,
        YearOverYear grandTotalChange,
        BigDecimal fiscalTotal,
        BigDecimal basic,
        BigDecimal basicShare,
        BigDecimal projectSpending,
        BigDecimal projectShare,
        BigDecimal threePublic,
        YearOverYear threePublicChange,
        BigDecimal operatingCosts,
        BigDecimal perInsured) {

    /** 预算执行率 of the department-wide evaluation's funds table. */
    public BigDecimal departmentRate() {
        return department == null || department.funds() == null ? null : department.funds().total().rate();
    }

    public BigDecimal projectRate() {
        return project == null || project.funds() == null ? null : project.funds().total().rate();
    }
}
