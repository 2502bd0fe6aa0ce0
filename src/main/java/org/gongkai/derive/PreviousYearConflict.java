package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Position;

/** Last year's figure as this document states it, disagreeing with last year's own report. */
public record PreviousYearConflict(KeyFigure figure, BigDecimal stated, Position statedAt, BigDecimal fromFile,
        String previousFile) {
}
