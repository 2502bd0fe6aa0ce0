package org.gongkai.load;

import java.util.List;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;
import org.gongkai.model.TableEntry;

/**
 * The "三公" table's unit may be stated the older way, on its block ({@code three-public: { money-unit: 元 }}),
 * or like every table's, on its {@code tables:} entry; both mean the same, so stated both ways they must agree.
 */
final class ThreePublicUnit {

    private ThreePublicUnit() {
    }

    static void stated(Report report, List<TableEntry> tables, List<Diagnostic> problems) {
        if (!(report instanceof FinalAccounts accounts) || accounts.threePublic() == null
                || accounts.threePublic().moneyUnit() == null) {
            return;
        }
        var block = accounts.threePublic();
        for (int i = 0; i < tables.size(); i++) {
            TableEntry entry = tables.get(i);
            if (BuiltInTable.THREE_PUBLIC.label().equals(entry.block()) && entry.moneyUnit() != null
                    && entry.moneyUnit() != block.moneyUnit()) {
                problems.add(Diagnostic.error("table.money-unit", entry.origin().of("money-unit"),
                        "tables[" + i + "].money-unit", "“三公”经费表的金额单位写了两处且不一致：此处为"
                                + entry.moneyUnit().label() + "，three-public.money-unit（第 "
                                + block.origin().of("money-unit").line() + " 行）为" + block.moneyUnit().label()
                                + "；只写一处即可"));
            }
        }
    }
}
