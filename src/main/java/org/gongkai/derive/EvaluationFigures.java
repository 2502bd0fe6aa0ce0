package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FundsColumn;
import org.gongkai.model.GroupColumn;

/**
 * Everything a 绩效自评 page shows that is derived: rates, subtotals, the total weight and score, the
 * grade on the report's scale. What the document states stays in {@code evaluation.stated()}. A report
 * without an indicator table has no derived total, weight or grade (they cannot be recomputed); an
 * unscored one has none either, and no {@code subtotals}.
 *
 * @param levels the printed headings of the level columns, outermost first; the last is the indicator's own
 * @param reweighting how the total was converted where not-applicable indicators are left out (null when not)
 * @param groupColumns the columns printed after each group's level column (its weight or score), none by default
 * @param subtotals whether the indicator table has 一级 小计 rows and a 总分 row: it shows a 分值, 得分 or
 *     复评 column with figures in it, and prints no group figures in columns of their own
 */
public record EvaluationFigures(
        Evaluation evaluation,
        FundsFigures funds,
        ManagementFigures management,
        GoalsHeadings goalsHeadings,
        List<IndicatorColumnHeading> columns,
        List<String> levels,
        List<ColumnHeading> groupColumns,
        List<IndicatorGroupFigures> groups,
        BigDecimal weight,
        BigDecimal score,
        Reweighting reweighting,
        GradeScale scale,
        String grade,
        boolean subtotals) implements ReportFigures {

    /** The money unit the funds table is written and printed in: its {@code tables:} entry's, else the report's. */
    public String fundsUnit() {
        return org.gongkai.model.TableUnits.of(evaluation).of(org.gongkai.model.BuiltInTable.FUNDS).label();
    }

    /** The columns printed before the level columns (序号). */
    public List<IndicatorColumnHeading> leadingColumns() {
        return columns.stream().filter(c -> c.column().leading()).toList();
    }

    /** The columns printed after the level columns. */
    public List<IndicatorColumnHeading> trailingColumns() {
        return columns.stream().filter(c -> !c.column().leading()).toList();
    }

    /** The number of columns an indicator's name spans where it skips {@code levels} group levels. */
    public int nameColumns(int levels) {
        return levels + (levels - 1) * groupColumns.size();
    }

    /** The columns the label of a 小计 or 总分 row spans: the leading columns, the level columns and the group columns. */
    public int labelColumns() {
        return leadingColumns().size() + levels.size() + (levels.size() - 1) * groupColumns.size();
    }

    /** The sum of the 复核分/复评得分 the table gives (null without any). */
    public BigDecimal reviewScore() {
        return Sums.of(groups, IndicatorGroupFigures::reviewScore);
    }

    /** Whether the report has an indicator table from which its total can be recomputed. */
    public boolean hasTable() {
        return !groups.isEmpty();
    }

    /** Whether the page shows a figure the document does not print: a total, a grade, a 小计, a rate of gongkai's own. */
    public boolean hasDerived() {
        boolean rates = funds != null && funds.columns().stream().anyMatch(c -> c.column() == FundsColumn.RATE)
                && java.util.stream.Stream.concat(java.util.stream.Stream.of(funds.total()), funds.sources().stream())
                        .anyMatch(r -> r.rate() != null && r.rateDerived());
        return score != null || weight != null || grade != null || subtotals || rates || groupFigureDerived()
                || management != null && (management.weight() != null || management.score() != null);
    }

    /** Whether a group column shows a figure of gongkai's own: one the document leaves out or prints otherwise. */
    private boolean groupFigureDerived() {
        return !groupColumns.isEmpty() && groups.stream().flatMap(g -> g.rows().stream()).flatMap(r -> r.opens().stream())
                .anyMatch(c -> groupColumns.stream().anyMatch(h -> h.column() == GroupColumn.WEIGHT
                        ? c.statedWeight() == null ? c.weight() != null : c.weightDiffers()
                        : c.statedScore() == null ? c.score() != null : c.scoreDiffers()));
    }

    /**
     * Whether the page has a 自评结果 block: a derived total or grade, or a result the document states. A
     * total weight alone (scores all or partly blank) is no result: it shows in the table's 总分 row.
     */
    public boolean hasResult() {
        return score != null || grade != null || evaluation.stated() != null;
    }

    @Override
    public Evaluation report() {
        return evaluation;
    }
}
