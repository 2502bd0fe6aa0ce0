package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Evaluation;

/**
 * Everything a 绩效自评 page shows that is derived: rates, subtotals, the total weight and score, the
 * grade on the report's scale. What the document states stays in {@code evaluation.stated()}.
 */
public record EvaluationFigures(
        Evaluation evaluation,
        FundsFigures funds,
        ManagementFigures management,
        List<IndicatorColumnHeading> columns,
        List<IndicatorGroupFigures> groups,
        BigDecimal weight,
        BigDecimal score,
        GradeScale scale,
        String grade) implements ReportFigures {

    @Override
    public Evaluation report() {
        return evaluation;
    }
}
