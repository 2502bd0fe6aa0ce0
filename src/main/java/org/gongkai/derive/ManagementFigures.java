package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Management;
import org.gongkai.model.ManagementColumn;
import org.gongkai.model.Numbers;

/** 资金管理情况 with its weights and scores summed, and the columns it prints. */
public record ManagementFigures(Management management, BigDecimal weight, BigDecimal score) {

    /** Whether the table has 分值 and 得分 columns: an unscored 资金管理情况 has neither. */
    public boolean scored() {
        return weight != null || score != null || management.weight() != null;
    }

    /**
     * The columns under their headings: those the report writes in {@code management.columns}, in its order,
     * then the standard form's others that have something to show (分值 and 得分 only when scored); where
     * 分值 keeps gongkai's heading it carries the block's points, 分值（40）, as the standard form prints it.
     */
    public List<ColumnHeading> columns() {
        return ColumnHeading.of(management.columns(), ManagementColumn.values(), column -> switch (column) {
            case WEIGHT, SCORE -> scored();
            default -> true;
        }, true).stream().map(this::withPoints).toList();
    }

    private ColumnHeading withPoints(ColumnHeading column) {
        boolean standard = column.column() == ManagementColumn.WEIGHT
                && column.heading().equals(ManagementColumn.WEIGHT.defaultHeading());
        return standard && management.weight() != null
                ? new ColumnHeading(column.column(), column.heading() + "（" + Numbers.score(management.weight()) + "）")
                : column;
    }
}
