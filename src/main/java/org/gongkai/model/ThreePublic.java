package org.gongkai.model;

/**
 * "三公"经费: the budget and the actual, item by item, in {@code moneyUnit} where the document prints
 * this table in a unit of its own (else in the report's).
 */
public record ThreePublic(ThreePublicItems budget, ThreePublicItems actual, MoneyUnit moneyUnit, Origin origin) {

    /** The unit this table's amounts are written in. */
    public MoneyUnit unit(MoneyUnit report) {
        return moneyUnit == null ? report : moneyUnit;
    }
}
