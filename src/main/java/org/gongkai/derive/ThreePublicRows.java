package org.gongkai.derive;

import java.util.List;

/** The rows of the “三公” table by what they are, for templates that name a row rather than count to it. */
public record ThreePublicRows(ThreePublicRow total, ThreePublicRow abroad, ThreePublicRow vehicles,
        ThreePublicRow vehiclePurchase, ThreePublicRow vehicleOperation, ThreePublicRow reception) {

    /** @param rows the rows in the order {@link FinalAccountsDeriver} makes them; null when there are none */
    static ThreePublicRows of(List<ThreePublicRow> rows) {
        return rows.isEmpty() ? null
                : new ThreePublicRows(rows.get(0), rows.get(1), rows.get(2), rows.get(3), rows.get(4), rows.get(5));
    }
}
