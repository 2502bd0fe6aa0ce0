package org.gongkai.derive;

import org.gongkai.model.Report;

/** A report with everything derived from it. */
public sealed interface ReportFigures permits FinalAccountsFigures, EvaluationFigures {

    Report report();
}
