package org.gongkai.derive;

import java.util.List;

/** The rows of 政府采购 by what they are, for templates that name a row rather than count to it. */
public record ProcurementRows(AmountRow goods, AmountRow works, AmountRow services, AmountRow sme,
        AmountRow smallMicro) {

    /** @param rows the rows in the order {@link FinalAccountsDeriver} makes them; null when there are none */
    static ProcurementRows of(List<AmountRow> rows) {
        return rows.isEmpty() ? null : new ProcurementRows(rows.get(0), rows.get(1), rows.get(2), rows.get(3), rows.get(4));
    }
}
