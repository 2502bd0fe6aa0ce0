package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.load.Suggestions;
import org.gongkai.model.AccountsScope;
import org.gongkai.model.CompositionUnit;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.Report;

/**
 * What a 决算 covers, across one unit's reports: its 决算单位构成 refers to units that exist, once each, and
 * is on a 部门决算 only; a unit has at most one 决算 of each scope in a year (a 部门决算 beside a 单位决算 is
 * fine, two 部门决算 are not: which one would next year compare with, and which would a comparison count?).
 */
final class CompositionChecks {

    private CompositionChecks() {
    }

    /** @param ofUnit one unit's reports, in content order; @param unitIds every unit of the site */
    static void check(List<Report> ofUnit, Set<String> unitIds, List<Diagnostic> findings) {
        Map<String, FinalAccounts> byYearAndScope = new HashMap<>();
        for (Report report : ofUnit) {
            if (!(report instanceof FinalAccounts accounts)) {
                continue;
            }
            AccountsScope scope = AccountsScope.of(accounts);
            FinalAccounts other = byYearAndScope.putIfAbsent(accounts.year() + scope.label(), accounts);
            if (other != null) {
                findings.add(Diagnostic.error("accounts.same-scope", accounts.origin().of("scope"), "scope",
                        "同一单位同一年度只能有一份" + scope.documentName() + "：" + other.header().file() + " 也是 "
                                + accounts.year() + " 年度的" + scope.documentName()
                                + "。一份是单位决算或本级决算时，请用 scope: 单位 或 scope: 本级 写明"));
            }
            composition(accounts, scope, unitIds, findings);
        }
    }

    private static void composition(FinalAccounts accounts, AccountsScope scope, Set<String> unitIds,
            List<Diagnostic> findings) {
        List<CompositionUnit> members = accounts.composition();
        if (members == null || members.isEmpty()) {
            return;
        }
        if (scope != AccountsScope.DEPARTMENT) {
            findings.add(Diagnostic.warning("composition.scope", accounts.origin().keyOf("composition"), "composition",
                    "决算单位构成只属于部门决算（汇总本级和下属单位），本报告是" + scope.documentName()
                            + "：若本报告是部门决算，请写 scope: 部门；否则删去 composition"));
        }
        Map<String, CompositionUnit> names = new HashMap<>();
        Map<String, CompositionUnit> units = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            CompositionUnit member = members.get(i);
            String path = "composition[" + i + "]";
            if (member.name() != null) {
                CompositionUnit same = names.putIfAbsent(member.name().strip(), member);
                if (same != null) {
                    findings.add(Diagnostic.warning("composition.duplicate", member.origin().of("name"), path + ".name",
                            "决算单位构成中“" + member.name().strip() + "”出现两次（第一次在第 "
                                    + same.origin().of("name").line() + " 行）：每个单位只列一次"));
                }
            }
            String unit = member.unit();
            if (unit == null) {
                continue;
            }
            if (!unitIds.contains(unit)) {
                String close = Suggestions.closest(unit, unitIds);
                findings.add(Diagnostic.error("ref.composition-unit", member.origin().of("unit"), path + ".unit",
                        "应为本站已有单位的标识（units/<标识>/unit.yaml），实际为“" + unit + "”（没有 units/" + unit + "/）"
                                + (close == null ? "" : "；是否应为“" + close + "”？")));
                continue;
            }
            CompositionUnit same = units.putIfAbsent(unit, member);
            if (same != null) {
                findings.add(Diagnostic.error("composition.duplicate", member.origin().of("unit"), path + ".unit",
                        "决算单位构成中单位 " + unit + " 出现两次（第一次在第 " + same.origin().of("unit").line()
                                + " 行）：同一单位只能计入一次"));
            }
        }
    }
}
