package org.gongkai.derive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.model.Content;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;

/** The loaded content with the figures of every report, in the content's order. */
public record DerivedContent(Content content, List<ReportFigures> figures) {

    public static DerivedContent of(Content content) {
        int decimals = content.site().decimals();
        FinalAccountsDeriver accounts = new FinalAccountsDeriver(decimals);
        EvaluationDeriver evaluations = new EvaluationDeriver(decimals);
        List<ReportFigures> figures = content.reports().stream()
                .map(report -> report instanceof FinalAccounts f
                        ? (ReportFigures) accounts.derive(f)
                        : evaluations.derive((Evaluation) report, GradeScales.of(report, content).orElse(null)))
                .toList();
        return new DerivedContent(content, figures);
    }

    public Map<Report, ReportFigures> byReport() {
        return figures.stream().collect(Collectors.toMap(ReportFigures::report, Function.identity()));
    }
}
