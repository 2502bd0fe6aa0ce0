package org.gongkai.check;

import java.util.List;
import java.util.Map;
import org.gongkai.derive.DataTable;
import org.gongkai.model.BuiltInTable;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Evaluation;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Numbers;
import org.gongkai.model.Report;
import org.gongkai.model.TableEntry;

/**
 * A report's {@code tables:} against its data: every sum a data table declares holds for the cells
 * it states (a warning at the cell, with the expected and the found figure, at the precision written),
 * and in a 部门决算 every typed block that has a table is listed, and every listed built-in table (of a
 * 部门决算 or a 绩效自评) has its data or its printed empty-table note, so that nothing is silently left off the page.
 */
final class TableChecks {

    private TableChecks() {
    }

    static void check(Report report, List<Diagnostic> findings) {
        if (report.tables().isEmpty()) {
            return;
        }
        for (DataTable table : DataTable.of(report).values()) {
            for (DataTable.Mismatch m : table.mismatches()) {
                findings.add(Diagnostic.warning("table.sum", m.at(), m.path(),
                        "表“" + table.entry().title() + "”中“" + m.row() + "”的“" + m.column() + "”应等于" + m.parts()
                                + "之和：计算值为 " + Numbers.amount(m.expected()) + "，表中写为 " + Numbers.amount(m.found())));
            }
        }
        if (report instanceof FinalAccounts accounts) {
            Map<BuiltInTable, Object> blocks = new java.util.LinkedHashMap<>();
            blocks.put(BuiltInTable.GENERAL_BUDGET, accounts.generalBudget());
            blocks.put(BuiltInTable.BASIC, accounts.basicExpenditure());
            blocks.put(BuiltInTable.THREE_PUBLIC, accounts.threePublic());
            blocks.put(BuiltInTable.GOVERNMENT_FUND, accounts.governmentFund());
            blocks.put(BuiltInTable.STATE_CAPITAL, accounts.stateCapital());
            blocks(accounts, blocks, true, findings);
        } else if (report instanceof Evaluation e) {
            // An unlisted 自评表 table keeps its standard place, so only the listed ones are checked.
            Map<BuiltInTable, Object> blocks = new java.util.LinkedHashMap<>();
            blocks.put(BuiltInTable.FUNDS, e.funds());
            blocks.put(BuiltInTable.MANAGEMENT, e.management());
            blocks.put(BuiltInTable.GOALS, e.goals() == null || e.goals().isEmpty() ? null : e.goals());
            blocks.put(BuiltInTable.INDICATORS, e.indicators().isEmpty() && e.flatIndicators().isEmpty() ? null : e.indicators());
            blocks(e, blocks, false, findings);
        }
    }

    private static void blocks(Report a, Map<BuiltInTable, Object> blocks, boolean mustList, List<Diagnostic> findings) {
        blocks.forEach((table, block) -> {
            int index = indexOf(a.tables(), table);
            if (block != null && index < 0 && mustList) {
                findings.add(Diagnostic.error("table.unlisted", a.origin().keyOf(blockKey(table)), blockKey(table),
                        "报告有“" + blockKey(table) + "”的数据，但 tables 中没有列出由它生成的表（kind: " + table.label()
                                + "，或 block 为 " + table.label() + " 的表格种类）：请在 tables 中按原文的位置列出，否则此表不会显示"));
            } else if (block == null && index >= 0 && a.tables().get(index).empty() == null) {
                TableEntry entry = a.tables().get(index);
                findings.add(Diagnostic.error("table.no-data", entry.origin().of("kind"), "tables[" + index + "].kind",
                        "tables 列出了“" + entry.title() + "”，但报告中没有“" + blockKey(table)
                                + "”的数据：请填写该数据块，或以 empty 写出原文的空表说明"));
            } else if (block != null && index >= 0 && a.tables().get(index).empty() != null) {
                TableEntry entry = a.tables().get(index);
                findings.add(Diagnostic.error("table.empty-with-data", entry.origin().keyOf("empty"),
                        "tables[" + index + "].empty", "“" + entry.title() + "”写了空表说明，但报告中有“" + blockKey(table)
                                + "”的数据：有数据的表请删除 empty，空表请删除该数据块"));
            }
        });
    }

    private static int indexOf(List<TableEntry> tables, BuiltInTable table) {
        for (int i = 0; i < tables.size(); i++) {
            if (table.label().equals(tables.get(i).block())) {
                return i;
            }
        }
        return -1;
    }

    /** The typed block a built-in table of a 部门决算 is rendered from. */
    private static String blockKey(BuiltInTable table) {
        return table == BuiltInTable.BASIC ? "basic-expenditure" : table.label();
    }
}
