package org.gongkai.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.AccountsScope;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.ReportHeader;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitLevel;
import org.junit.jupiter.api.Test;

/** A year's comparison rows, derived from report summaries directly: one row per unit, each unit counted once. */
class ComparisonsTest {

    private static Unit unit(String id) {
        return new Unit(id, id + "/unit.yaml", "", id + "单位", null, UnitLevel.CITY, List.of("内蒙古自治区"), null, null,
                null, null, null, null, null);
    }

    private static ReportSummary accounts(String unitId, String id, AccountsScope scope, String grandTotal,
            String... includes) {
        ReportHeader header = new ReportHeader(unitId, id, id + ".yaml", null, Map.of(), "", ReportKind.FINAL_ACCOUNTS,
                id, 2023, MoneyUnit.WAN_YUAN, null, null, null, null);
        ComparedFigures figures = new ComparedFigures(new BigDecimal(grandTotal), null, null, null, null, null, null,
                null, null, null, null, scope, List.of(includes));
        return new ReportSummary(header, figures, null, null, null, List.of());
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        for (String id : List.of("parent", "child", "other", "lonely")) {
            UNITS.put(id, unit(id));
        }
    }

    @Test
    void theWidestAccountsIsComparedWhateverTheOrderAndTheOthersAreNamed() {
        ReportSummary unitAccounts = accounts("parent", "a-unit", AccountsScope.UNIT, "250");
        ReportSummary office = accounts("parent", "b-office", AccountsScope.OWN_OFFICE, "600");
        ReportSummary department = accounts("parent", "c-department", AccountsScope.DEPARTMENT, "1000");
        List<ComparisonRow> rows = Comparisons.byYear(UNITS, List.of(unitAccounts, office, department)).get(2023).rows();
        assertEquals(1, rows.size());
        assertSame(department, rows.get(0).accounts());
        assertEquals(List.of(unitAccounts, office), rows.get(0).otherAccounts());
        assertEquals(new BigDecimal("1000"), rows.get(0).figures().grandTotal());
        // Without a 部门决算 the 本级 one is compared.
        rows = Comparisons.byYear(UNITS, List.of(unitAccounts, office)).get(2023).rows();
        assertSame(office, rows.get(0).accounts());
    }

    @Test
    void aUnitInItsParentsCompositionIsMarkedAndNotCounted() {
        List<ReportSummary> reports = List.of(
                accounts("parent", "final-accounts", AccountsScope.DEPARTMENT, "1000", "parent", "child", "nowhere"),
                accounts("child", "final-accounts", AccountsScope.UNIT, "300"),
                accounts("other", "final-accounts", AccountsScope.DEPARTMENT, "500"));
        List<ComparisonRow> rows = Comparisons.byYear(UNITS, reports).get(2023).rows();
        assertEquals(List.of("child", "other", "parent"), rows.stream().map(r -> r.unit().id()).toList());
        ComparisonRow child = rows.get(0);
        assertEquals("parent", child.includedIn().parent().id());
        assertSame(reports.get(0), child.includedIn().accounts());
        assertEquals(List.of(false, true, true), rows.stream().map(ComparisonRow::counted).toList());
        // The parent's 本级 line names its own unit-id: a unit never includes itself.
        assertNull(rows.get(2).includedIn());
    }

    @Test
    void aUnitWithoutAccountsOfItsOwnIsNotMarked() {
        ReportHeader evaluation = new ReportHeader("child", "evaluation", "evaluation.yaml", null, Map.of(), "",
                ReportKind.DEPARTMENT_EVALUATION, "自评", 2023, MoneyUnit.WAN_YUAN, null, null, null, null);
        List<ReportSummary> reports = List.of(
                accounts("parent", "final-accounts", AccountsScope.DEPARTMENT, "1000", "child"),
                new ReportSummary(evaluation, null, new BigDecimal("95"), "优", null, List.of()));
        ComparisonRow child = Comparisons.byYear(UNITS, reports).get(2023).rows().get(0);
        assertEquals("child", child.unit().id());
        assertNull(child.accounts());
        assertTrue(child.counted());
    }
}
