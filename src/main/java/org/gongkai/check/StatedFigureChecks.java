package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.derive.DerivedContent;
import org.gongkai.derive.EvaluationFigures;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.FundsRowFigures;
import org.gongkai.derive.PreviousYearConflict;
import org.gongkai.derive.IndicatorGroupFigures;
import org.gongkai.derive.ReportFigures;
import org.gongkai.derive.Sums;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Stated;
import org.gongkai.model.Numbers;

/**
 * What a document states beside what gongkai derives from its own amounts and scores: totals,
 * grades, printed rates, printed 一级 weights. A disagreement is a warning; the page shows both.
 */
final class StatedFigureChecks {

    private StatedFigureChecks() {
    }

    static List<Diagnostic> check(DerivedContent derived) {
        List<Diagnostic> findings = new ArrayList<>();
        for (ReportFigures figures : derived.figures()) {
            if (figures instanceof EvaluationFigures evaluation) {
                evaluation(evaluation, findings);
            } else if (figures instanceof FinalAccountsFigures accounts) {
                for (PreviousYearConflict conflict : accounts.conflicts()) {
                    findings.add(Diagnostic.warning("yoy.previous-year", conflict.statedAt(),
                            "previous-year." + conflict.figure().statedKey(),
                            "本文件所写上年" + conflict.figure().label() + "为 " + Numbers.amount(conflict.stated())
                                    + "，与上年决算 " + conflict.previousFile() + " 的 "
                                    + Numbers.amount(conflict.fromFile()) + " 不符；同比按上年决算计算"));
                }
            }
        }
        return findings;
    }

    private static void evaluation(EvaluationFigures figures, List<Diagnostic> findings) {
        Stated stated = figures.evaluation().stated();
        if (stated != null) {
            if (stated.total() != null && figures.score() != null && stated.total().compareTo(figures.score()) != 0) {
                findings.add(Diagnostic.warning("eval.total", stated.origin().of("total"), "stated.total",
                        "文件所写总分与各项得分之和不符：各项得分合计为 " + Numbers.score(figures.score())
                                + "，文件写为 " + Numbers.score(stated.total())));
            }
            if (stated.weight() != null && figures.weight() != null && stated.weight().compareTo(figures.weight()) != 0) {
                findings.add(Diagnostic.warning("eval.weight", stated.origin().of("weight"), "stated.weight",
                        "文件所写总分值与各项分值之和不符：各项分值合计为 " + Numbers.score(figures.weight())
                                + "，文件写为 " + Numbers.score(stated.weight())));
            }
            if (stated.grade() != null && figures.grade() != null && !stated.grade().equals(figures.grade())) {
                findings.add(Diagnostic.warning("eval.grade", stated.origin().of("grade"), "stated.grade",
                        "文件所写等级与按“" + figures.scale().name() + "”标准评定的等级不符：总分 "
                                + Numbers.score(figures.score()) + " 应为“" + figures.grade() + "”，文件写为“"
                                + stated.grade() + "”"));
            }
        }
        if (figures.funds() != null) {
            rate(figures.funds().total(), "funds.total", findings);
            for (int i = 0; i < figures.funds().sources().size(); i++) {
                rate(figures.funds().sources().get(i), "funds.sources[" + i + "]", findings);
            }
        }
        List<IndicatorGroupFigures> groups = figures.groups();
        for (int i = 0; i < groups.size(); i++) {
            IndicatorGroupFigures group = groups.get(i);
            BigDecimal statedWeight = group.group().statedWeight();
            BigDecimal weight = continuedWeight(groups, i);
            if (statedWeight != null && weight != null && statedWeight.compareTo(weight) != 0) {
                findings.add(Diagnostic.warning("eval.group-weight", group.group().origin().of("stated-weight"),
                        "indicators[" + i + "].stated-weight", "一级指标“" + group.group().group()
                                + "”表头所写分值与其下各项分值之和不符：各项分值合计为 " + Numbers.score(weight)
                                + "，表头写为 " + Numbers.score(statedWeight)));
            }
        }
    }

    /**
     * The weight of the 一级 group at {@code index} together with the groups of the same name right
     * before and after it: a table broken across pages repeats its 一级 header, and the printed
     * weight is that of the whole group.
     */
    private static BigDecimal continuedWeight(List<IndicatorGroupFigures> groups, int index) {
        String name = groups.get(index).group().group();
        int first = index;
        while (first > 0 && groups.get(first - 1).group().group().equals(name)) {
            first--;
        }
        int last = index;
        while (last + 1 < groups.size() && groups.get(last + 1).group().group().equals(name)) {
            last++;
        }
        return Sums.of(groups.subList(first, last + 1), IndicatorGroupFigures::weight);
    }

    /** A printed rate is compared at the precision it was printed with; see {@link FundsRowFigures}. */
    private static void rate(FundsRowFigures row, String path, List<Diagnostic> findings) {
        String printed = row.row().statedRate();
        if (printed == null || row.rate() == null) {
            return;
        }
        if (row.statedAgrees() == null) {
            findings.add(Diagnostic.warning("eval.rate-format", row.row().origin().of("stated-rate"), path + ".stated-rate",
                    "执行率应写为百分数（如 93.35%），实际为“" + printed + "”"));
        } else if (!row.statedAgrees()) {
            findings.add(Diagnostic.warning("eval.rate", row.row().origin().of("stated-rate"), path + ".stated-rate",
                    "文件所写执行率与全年执行数/全年预算数不符：计算值为 " + Numbers.percent(row.rate())
                            + "，文件写为 " + printed));
        }
    }
}
