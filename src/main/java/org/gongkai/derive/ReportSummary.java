package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.ReportKind;

/**
 * What the pages shared by many reports (home, comparisons, indicators, search, feeds, datasets) need
 * of one report: its header, the figures a comparison row shows, its score and grade, and its
 * indicators. A build keeps this for every report and lets the report's records and figures go once
 * its own pages are written, so memory grows with the number of reports by this much only.
 *
 * @param compared the figures of a 决算's comparison row (null for a 绩效自评)
 * @param score a 绩效自评's total score (null for a 决算)
 * @param fundsRate a 绩效自评's 预算执行率, from its funds table
 */
public record ReportSummary(ReportHeader header, ComparedFigures compared, BigDecimal score, String grade,
        BigDecimal fundsRate, List<IndicatorValue> indicators) {

    public int year() {
        return header.year();
    }

    public ReportKind kind() {
        return header.kind();
    }

    /** What the document is: 部门决算, 部门决算（本级）or 单位决算 as a 决算 says; the kind's name for a 绩效自评. */
    public String documentName() {
        return compared == null ? header.kind().chinese() : compared.scope().documentName();
    }

    static ReportSummary of(ReportFigures figures, int decimals) {
        ReportHeader header = figures.report().header();
        if (figures instanceof FinalAccountsFigures accounts) {
            return new ReportSummary(header, ComparedFigures.of(accounts, decimals), null, null, null, List.of());
        }
        EvaluationFigures evaluation = (EvaluationFigures) figures;
        List<IndicatorValue> indicators = new ArrayList<>();
        for (IndicatorGroupFigures group : evaluation.groups()) {
            for (IndicatorRow row : group.rows()) {
                indicators.add(IndicatorValue.of(row));
            }
        }
        BigDecimal rate = evaluation.funds() == null ? null : evaluation.funds().total().rate();
        return new ReportSummary(header, null, evaluation.score(), evaluation.grade(), rate, List.copyOf(indicators));
    }
}
