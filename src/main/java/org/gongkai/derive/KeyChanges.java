package org.gongkai.derive;

import java.util.List;

/** The changes from last year that the 说明 states, by figure; each null when last year's figure is not known. */
public record KeyChanges(YearOverYear grandTotal, YearOverYear fiscalTotal, YearOverYear generalBudget,
        YearOverYear threePublic, YearOverYear reception, YearOverYear operatingCosts) {

    static KeyChanges of(List<YearOverYear> changes) {
        return new KeyChanges(find(changes, KeyFigure.GRAND_TOTAL), find(changes, KeyFigure.FISCAL_TOTAL),
                find(changes, KeyFigure.GENERAL_BUDGET), find(changes, KeyFigure.THREE_PUBLIC),
                find(changes, KeyFigure.RECEPTION), find(changes, KeyFigure.OPERATING_COSTS));
    }

    private static YearOverYear find(List<YearOverYear> changes, KeyFigure figure) {
        return changes.stream().filter(c -> c.figure() == figure).findFirst().orElse(null);
    }
}
