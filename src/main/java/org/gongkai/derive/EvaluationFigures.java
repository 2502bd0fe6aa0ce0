package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FundsColumn;

/**
 * Everything a 绩效自评 page shows that is derived: rates, subtotals, the total weight and score, the
 * grade on the report's scale. What the document states stays in {@code evaluation.stated()}. A report
 * without an indicator table has no derived total, weight or grade (they cannot be recomputed); an
 * unscored one has none either, and no {@code subtotals}.
 *
 * @param subtotals whether the indicator table has 一级 小计 rows and a 总分 row: it shows a 分值, 得分 or
 *     复评 column with figures in it
 */
public record EvaluationFigures(
        Evaluation evaluation,
        FundsFigures funds,
        ManagementFigures management,
        GoalsHeadings goalsHeadings,
        List<IndicatorColumnHeading> columns,
        List<IndicatorGroupFigures> groups,
        BigDecimal weight,
        BigDecimal score,
        GradeScale scale,
        String grade,
        boolean subtotals) implements ReportFigures {

    /** Whether the report has an indicator table from which its total can be recomputed. */
    public boolean hasTable() {
        return !groups.isEmpty();
    }

    /** Whether the page shows a figure the document does not print: a total, a grade, a 小计, a rate of gongkai's own. */
    public boolean hasDerived() {
        boolean rates = funds != null && funds.columns().stream().anyMatch(c -> c.column() == FundsColumn.RATE)
                && java.util.stream.Stream.concat(java.util.stream.Stream.of(funds.total()), funds.sources().stream())
                        .anyMatch(r -> r.rate() != null && r.rateDerived());
        return score != null || weight != null || grade != null || subtotals || rates
                || management != null && (management.weight() != null || management.score() != null);
    }

    /** Whether the page has a 自评结果 block: a derived total or grade, or a result the document states. */
    public boolean hasResult() {
        return score != null || weight != null || grade != null || evaluation.stated() != null;
    }

    @Override
    public Evaluation report() {
        return evaluation;
    }
}
