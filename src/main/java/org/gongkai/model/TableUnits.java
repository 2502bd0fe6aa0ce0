package org.gongkai.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The money unit each built-in table of a report is written and printed in: the {@code money-unit} of its
 * {@code tables:} entry, else (the older way, for the "三公" table only) the {@code money-unit} of its block,
 * else the report's. A table's unit is that of the YAML block it is rendered from ({@code basic-expenditure:},
 * {@code three-public:}, {@code funds:} …): its amounts are written there as the table prints them. The two
 * tables made of other blocks (收入支出决算总表, 财政拨款收入支出决算总表) are only printed in theirs.
 */
public record TableUnits(MoneyUnit report, Map<BuiltInTable, MoneyUnit> stated) {

    /** The built-in tables without amounts, which take no money unit. */
    private static final Set<BuiltInTable> WITHOUT_AMOUNTS = Set.of(BuiltInTable.MANAGEMENT, BuiltInTable.GOALS,
            BuiltInTable.INDICATORS);

    public static TableUnits of(Report report) {
        Map<BuiltInTable, MoneyUnit> stated = new EnumMap<>(BuiltInTable.class);
        if (report instanceof FinalAccounts accounts && accounts.threePublic() != null
                && accounts.threePublic().moneyUnit() != null) {
            stated.put(BuiltInTable.THREE_PUBLIC, accounts.threePublic().moneyUnit());
        }
        if (report.tables() != null) {
            for (TableEntry entry : report.tables()) {
                builtIn(entry.block(), report.kind()).filter(t -> entry.moneyUnit() != null)
                        .ifPresent(table -> stated.put(table, entry.moneyUnit()));
            }
        }
        return new TableUnits(report.header().moneyUnit(), stated);
    }

    /** The built-in table with amounts named {@code kind} in a report of kind {@code report}. */
    public static Optional<BuiltInTable> builtIn(String kind, ReportKind report) {
        return kind == null ? Optional.empty()
                : BuiltInTable.find(kind, report).filter(table -> !WITHOUT_AMOUNTS.contains(table));
    }

    /** The unit of the table (and its block) of this kind. */
    public MoneyUnit of(BuiltInTable table) {
        return stated.getOrDefault(table, report);
    }

    /** Whether any table is in a unit other than the report's. */
    public boolean mixed() {
        return stated.values().stream().anyMatch(unit -> unit != report);
    }
}
