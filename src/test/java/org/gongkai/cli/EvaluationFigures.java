package org.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Evaluation;

/** The figures of a 绩效自评 that an import must give back: its header, funds, management, goals, indicators, stated result. */
final class EvaluationFigures {

    private EvaluationFigures() {
    }

    static List<String> differences(Evaluation sample, Evaluation draft) {
        List<String> found = new ArrayList<>();
        found.addAll(ModelDifferences.of("kind", sample.header().kind(), draft.header().kind()));
        found.addAll(ModelDifferences.of("year", sample.header().year(), draft.header().year()));
        found.addAll(ModelDifferences.of("money-unit", sample.header().moneyUnit(), draft.header().moneyUnit()));
        found.addAll(ModelDifferences.of("funding", sample.funding(), draft.funding()));
        found.addAll(ModelDifferences.of("header", sample.headerFields(), draft.headerFields()));
        found.addAll(ModelDifferences.of("tasks", sample.tasks(), draft.tasks()));
        found.addAll(ModelDifferences.of("funds", sample.funds(), draft.funds()));
        found.addAll(ModelDifferences.of("management", sample.management(), draft.management()));
        found.addAll(ModelDifferences.of("goals", sample.goals(), draft.goals()));
        found.addAll(ModelDifferences.of("indicators", sample.indicators(), draft.indicators()));
        found.addAll(ModelDifferences.of("flat-indicators", sample.flatIndicators(), draft.flatIndicators()));
        found.addAll(ModelDifferences.of("table-title", sample.tableTitle(), draft.tableTitle()));
        found.addAll(ModelDifferences.of("columns", sample.columns(), draft.columns()));
        found.addAll(ModelDifferences.of("levels", sample.levels(), draft.levels()));
        found.addAll(ModelDifferences.of("group-columns", sample.groupColumns(), draft.groupColumns()));
        found.addAll(ModelDifferences.of("goals-columns", sample.goalsColumns(), draft.goalsColumns()));
        found.addAll(ModelDifferences.of("stated", sample.stated(), draft.stated()));
        found.addAll(ModelDifferences.of("remarks", sample.remarks(), draft.remarks()));
        found.addAll(ModelDifferences.of("notes", sample.notes(), draft.notes()));
        return found;
    }
}
