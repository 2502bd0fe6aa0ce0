package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.derive.AmountRow;
import org.gongkai.derive.FinalAccountsFigures;
import org.gongkai.derive.FundTable;
import org.gongkai.derive.KeyFigure;
import org.gongkai.derive.SubjectRow;
import org.gongkai.derive.Sums;
import org.gongkai.derive.ThreePublicRow;
import org.gongkai.derive.YearOverYear;
import org.gongkai.load.Suggestions;
import org.gongkai.model.Assets;
import org.gongkai.model.BasicExpenditure;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.FundAccount;
import org.gongkai.model.Income;
import org.gongkai.model.Numbers;
import org.gongkai.model.Origin;
import org.gongkai.model.Position;
import org.gongkai.model.Procurement;
import org.gongkai.model.Subject;

/**
 * The arithmetic a reviewer checks in a 部门决算: the parts add up to their totals, the carry-over
 * closes, income and expenditure balance, and every figure the document states (its {@code stated}
 * block) equals the figure derived from the amounts, at the precision it was printed with.
 */
final class AccountsChecks {

    private AccountsChecks() {
    }

    static void check(FinalAccountsFigures f, List<Diagnostic> findings) {
        FinalAccounts a = f.accounts();
        Origin top = a.origin();
        if (f.incomeTotal() != null && f.incomeTotal().signum() == 0
                && f.expenditureTotal() != null && f.expenditureTotal().signum() == 0) {
            // What `gongkai new` writes: no unit closes a year without a yuan coming in or going out.
            findings.add(Diagnostic.error("accounts.all-zero", top.keyOf("income"), "income",
                    "本年收入合计与本年支出合计都是 0：部门决算不会全部为 0，请填写实际金额（gongkai new 生成的文件中金额都是 0）"));
        }
        if (f.incomeGrandTotal().compareTo(f.expenditureGrandTotal()) != 0) {
            boolean hasBalances = a.balances() != null;
            findings.add(Diagnostic.warning("accounts.balance", hasBalances ? a.balances().origin().of("closing")
                    : top.keyOf("income"), hasBalances ? "balances.closing" : "income",
                    "收入总计与支出总计不等：收入总计（本年收入+使用非财政拨款结余+年初结转和结余）为 "
                            + Numbers.amount(f.incomeGrandTotal()) + "，支出总计（本年支出+结余分配+年末结转和结余）为 "
                            + Numbers.amount(f.expenditureGrandTotal())));
        }
        // A finding quotes the figures of the table whose line it names, in that table's unit (as written).
        FinalAccountsFigures general = f.printed("general-budget");
        FinalAccountsFigures fund = f.printed("government-fund");
        FinalAccountsFigures capital = f.printed("state-capital");
        carryOver(general.generalBudget(), general.accounts().income().generalBudget(), "general-budget",
                unit(f, "general-budget"), findings);
        carryOver(fund.governmentFund(), fund.accounts().income().governmentFund(), "government-fund",
                unit(f, "government-fund"), findings);
        carryOver(capital.stateCapital(), capital.accounts().income().stateCapital(), "state-capital",
                unit(f, "state-capital"), findings);
        byType(f.printed("expenditure"), unit(f, "expenditure"), findings);
        basicSplit(f.printed("basic-expenditure"), unit(f, "basic-expenditure"), findings);
        subjects(general.accounts().generalBudget(), "general-budget", unit(f, "general-budget"), findings);
        subjects(fund.accounts().governmentFund(), "government-fund", unit(f, "government-fund"), findings);
        subjects(capital.accounts().stateCapital(), "state-capital", unit(f, "state-capital"), findings);
        procurement(a.procurement(), f.procurementTotal(), findings);
        assets(a.assets(), findings);
        stated(f, findings);
    }

    /**
     * 人员经费 + 公用经费 is the 一般公共预算财政拨款基本支出: it equals the 基本支出 of the 科目 table where
     * there is one. Without one it equals the 基本支出 of the 支出决算表 where all the unit's money is
     * 一般公共预算财政拨款, and is never more than it otherwise.
     */
    private static void basicSplit(FinalAccountsFigures f, String unit, List<Diagnostic> findings) {
        FinalAccounts a = f.accounts();
        BasicExpenditure split = a.basicExpenditure();
        BigDecimal sum = split == null ? null : Sums.of(split.personnel(), split.public_());
        if (sum == null) {
            return;
        }
        Position at = split.origin().of("personnel");
        BigDecimal bySubject = a.generalBudget() == null ? null : f.generalBudget().total().basic();
        if (bySubject != null) {
            if (sum.compareTo(bySubject) != 0) {
                findings.add(Diagnostic.warning("accounts.basic-split", at, "basic-expenditure",
                        "人员经费与公用经费之和应等于一般公共预算财政拨款基本支出：各科目基本支出合计为 "
                                + Numbers.amount(bySubject) + unit + "，人员经费+公用经费为 " + Numbers.amount(sum) + unit));
            }
            return;
        }
        BigDecimal basic = a.expenditure().basic();
        if (basic == null) {
            return;
        }
        if (onlyGeneralBudget(f) && sum.compareTo(basic) != 0) {
            findings.add(Diagnostic.warning("accounts.basic-split", at, "basic-expenditure",
                    "人员经费与公用经费之和应等于一般公共预算财政拨款基本支出：本单位收入均为一般公共预算财政拨款，支出决算表中基本支出为 "
                            + Numbers.amount(basic) + unit + "，人员经费+公用经费为 " + Numbers.amount(sum) + unit));
        } else if (sum.compareTo(basic) > 0) {
            findings.add(Diagnostic.warning("accounts.basic-split", at, "basic-expenditure",
                    "人员经费与公用经费之和（一般公共预算财政拨款基本支出）不应超过支出决算表中的基本支出 "
                            + Numbers.amount(basic) + unit + "，实际为 " + Numbers.amount(sum) + unit));
        }
    }

    /** The unit to write after a figure of this table: none where it is the report's, as before. */
    private static String unit(FinalAccountsFigures f, String kind) {
        String unit = f.unit(kind);
        return unit.equals(f.accounts().header().moneyUnit().label()) ? "" : unit;
    }

    /** Whether every 收入 and carry-over of the report is 一般公共预算财政拨款. */
    private static boolean onlyGeneralBudget(FinalAccountsFigures f) {
        FinalAccounts a = f.accounts();
        Income in = a.income();
        BigDecimal other = Sums.of(in.governmentFund(), in.stateCapital(), in.superiorSubsidy(), in.business(),
                in.operating(), in.affiliated(), in.other(), a.balances() == null ? null : a.balances().nonFiscalUsed(),
                f.governmentFund().opening(), f.governmentFund().income(), f.governmentFund().total().total(),
                f.stateCapital().opening(), f.stateCapital().income(), f.stateCapital().total().total());
        return other == null || other.signum() == 0;
    }

    /** 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, for each kind of fiscal money. */
    private static void carryOver(FundTable table, BigDecimal unitIncome, String key, String unit,
            List<Diagnostic> findings) {
        FundAccount account = table.account();
        if (account == null || account.opening() == null && account.closing() == null) {
            return;
        }
        BigDecimal income = account.income() != null ? account.income() : unitIncome;
        BigDecimal expected = Sums.orZero(account.opening()).add(Sums.orZero(income)).subtract(Sums.orZero(table.total().total()));
        BigDecimal closing = Sums.orZero(account.closing());
        if (expected.compareTo(closing) != 0) {
            findings.add(Diagnostic.warning("accounts.carry-over", account.origin().of("closing"), key + ".closing",
                    "年初结转和结余 + 本年收入 − 本年支出应等于年末结转和结余：应为 " + Numbers.amount(expected) + unit
                            + "，实际为 " + Numbers.amount(closing) + unit));
        }
    }

    /** Where all income is fiscal money, 基本支出 and 项目支出 equal the sums over the 科目 tables. */
    private static void byType(FinalAccountsFigures f, String unit, List<Diagnostic> findings) {
        FinalAccounts a = f.accounts();
        Income in = a.income();
        BigDecimal nonFiscal = Sums.of(in.superiorSubsidy(), in.business(), in.operating(), in.affiliated(), in.other(),
                a.balances() == null ? null : a.balances().nonFiscalUsed());
        if (nonFiscal != null && nonFiscal.signum() != 0 || a.generalBudget() == null) {
            return;
        }
        BigDecimal basic = Sums.of(f.generalBudget().total().basic(), f.governmentFund().total().basic(),
                f.stateCapital().total().basic());
        BigDecimal project = Sums.of(f.generalBudget().total().project(), f.governmentFund().total().project(),
                f.stateCapital().total().project());
        compare("基本支出", a.expenditure().basic(), basic, a.expenditure().origin().of("basic"), "expenditure.basic", unit,
                findings);
        compare("项目支出", a.expenditure().project(), project, a.expenditure().origin().of("project"), "expenditure.project",
                unit, findings);
    }

    private static void compare(String label, BigDecimal stated, BigDecimal parts, Position at,
            String path, String unit, List<Diagnostic> findings) {
        if (stated != null && parts != null && stated.compareTo(parts) != 0) {
            findings.add(Diagnostic.warning("accounts.by-type", at, path, label + "应等于各财政拨款支出表中" + label
                    + "之和：各表合计为 " + Numbers.amount(parts) + unit + "，此处为 " + Numbers.amount(stated) + unit));
        }
    }

    /** A 类 or 款 that states its own amounts must equal the sum of its items. */
    private static void subjects(FundAccount account, String key, String unit, List<Diagnostic> findings) {
        if (account == null || account.subjects() == null) {
            return;
        }
        for (int i = 0; i < account.subjects().size(); i++) {
            subject(account.subjects().get(i), key + ".subjects[" + i + "]", unit, findings);
        }
    }

    private static void subject(Subject subject, String path, String unit, List<Diagnostic> findings) {
        if (subject.isLeaf()) {
            return;
        }
        for (String field : List.of("budget", "basic", "project")) {
            BigDecimal own = switch (field) {
                case "budget" -> subject.budget();
                case "basic" -> subject.basic();
                default -> subject.project();
            };
            BigDecimal items = Sums.of(subject.items(), s -> leafSum(s, field));
            if (own != null && items != null && own.compareTo(items) != 0) {
                findings.add(Diagnostic.warning("accounts.subject-sum", subject.origin().of(field), path + "." + field,
                        "“" + subject.name() + "”的金额应等于其下各科目之和：下级合计为 " + Numbers.amount(items) + unit
                                + "，此处为 " + Numbers.amount(own) + unit));
            }
        }
        for (int i = 0; i < subject.items().size(); i++) {
            subject(subject.items().get(i), path + ".items[" + i + "]", unit, findings);
        }
    }

    private static BigDecimal leafSum(Subject subject, String field) {
        if (!subject.isLeaf()) {
            return Sums.of(subject.items(), s -> leafSum(s, field));
        }
        return switch (field) {
            case "budget" -> subject.budget();
            case "basic" -> subject.basic();
            default -> subject.project();
        };
    }

    private static void procurement(Procurement p, BigDecimal total, List<Diagnostic> findings) {
        if (p == null) {
            return;
        }
        if (p.sme() != null && total != null && p.sme().compareTo(total) > 0) {
            findings.add(Diagnostic.warning("accounts.procurement", p.origin().of("sme"), "procurement.sme",
                    "授予中小企业合同金额不应超过政府采购支出总额 " + Numbers.amount(total) + "，实际为 " + Numbers.amount(p.sme())));
        }
        if (p.smallMicro() != null && p.sme() != null && p.smallMicro().compareTo(p.sme()) > 0) {
            findings.add(Diagnostic.warning("accounts.procurement", p.origin().of("small-micro"), "procurement.small-micro",
                    "授予小微企业合同金额不应超过授予中小企业合同金额 " + Numbers.amount(p.sme()) + "，实际为 "
                            + Numbers.amount(p.smallMicro())));
        }
    }

    private static void assets(Assets s, List<Diagnostic> findings) {
        if (s == null || s.vehicles() == null) {
            return;
        }
        BigDecimal kinds = Sums.of(s.leaderVehicles(), s.confidentialVehicles(), s.emergencyVehicles(),
                s.lawEnforcementVehicles(), s.specialVehicles(), s.otherVehicles());
        if (kinds != null && kinds.compareTo(s.vehicles()) != 0) {
            findings.add(Diagnostic.warning("accounts.vehicles", s.origin().of("vehicles"), "assets.vehicles",
                    "车辆总数应等于各类用车之和：各类合计为 " + Numbers.score(kinds) + "，总数为 " + Numbers.score(s.vehicles())));
        }
    }

    /**
     * Every figure a 决算 page derives, by the name a clerk writes in {@code stated}; a known name
     * maps to null where this report cannot derive it (no previous year, say).
     */
    static Map<String, BigDecimal> derivedByName(FinalAccountsFigures f) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        f.keyFigures().forEach((key, value) -> figures.put(key.label(), value));
        // 六、一般公共预算财政拨款基本支出: the 科目 table's 基本支出 where there is one, else 人员经费 + 公用经费.
        figures.put("一般公共预算财政拨款基本支出", f.accounts().generalBudget() != null && f.generalBudget().total().basic() != null
                ? f.generalBudget().total().basic() : f.basicTotal());
        figures.put("政府性基金预算财政拨款支出", f.governmentFund().total().total());
        figures.put("国有资本经营预算财政拨款支出", f.stateCapital().total().total());
        for (AmountRow row : f.income()) {
            figures.put(row.label() + "占比", row.share());
        }
        for (AmountRow row : f.expenditure()) {
            figures.put(row.label() + "占比", row.share());
        }
        figures.put("一般公共预算财政拨款支出占比", f.generalBudgetShare());
        figures.put("一般公共预算财政拨款支出完成预算", f.generalBudget().total().completion());
        for (SubjectRow row : f.generalBudget().rows()) {
            figures.put(row.parents() + row.name() + "支出", row.total());
            figures.put(row.parents() + row.name() + "完成预算", row.completion());
            if (row.level() == 1) {
                figures.put(row.name() + "占比", row.share());
            }
        }
        for (ThreePublicRow row : f.threePublic()) {
            String label = row.level() == 0 ? "“三公”经费" : row.label().replace("其中：", "");
            figures.put(label + "完成预算", row.completion());
            if (row.level() > 0) {
                figures.put(label + "占比", row.share());
            }
        }
        for (KeyFigure key : KeyFigure.values()) {
            figures.putIfAbsent(key.label(), null);
            YearOverYear change = f.changes().stream().filter(c -> c.figure() == key).findFirst().orElse(null);
            figures.put(key.label() + "增减额", change == null ? null : change.change());
            figures.put(key.label() + "增减率", change == null ? null : change.rate());
        }
        return figures;
    }

    private static void stated(FinalAccountsFigures f, List<Diagnostic> findings) {
        Map<String, String> stated = f.accounts().stated();
        if (stated == null || stated.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> derived = derivedByName(f);
        Origin origin = f.accounts().origin();
        stated.forEach((name, printed) -> {
            if (!derived.containsKey(name)) {
                String close = Suggestions.closest(name, derived.keySet());
                findings.add(Diagnostic.error("accounts.stated-name", origin.keyOf("stated." + name), "stated." + name,
                        "未知的数字名称“" + name + "”" + (close == null ? "" : "，是否应为“" + close + "”？")
                                + "（名称见 README：如 收、支总计、基本支出、一般公共预算财政拨款收入占比、收、支总计增减率）"));
                return;
            }
            BigDecimal value = derived.get(name);
            BigDecimal number = parse(printed);
            if (number == null) {
                findings.add(Diagnostic.error("schema.number", origin.of("stated." + name), "stated." + name,
                        "应为数字或百分数（如 3429.91、96.46%、-11.65%），实际为“" + printed + "”"));
                return;
            }
            if (value == null) {
                return;
            }
            BigDecimal atPrecision = value.setScale(Math.max(0, number.scale()), RoundingMode.HALF_UP);
            if (atPrecision.compareTo(number) != 0) {
                String unit = printed.strip().endsWith("%") || printed.strip().endsWith("％") ? "%" : "";
                findings.add(Diagnostic.warning("accounts.stated", origin.of("stated." + name), "stated." + name,
                        "文件所写“" + name + "”与由数据计算的不符：计算值为 " + value.toPlainString() + unit
                                + "，文件写为 " + printed));
            }
        });
    }

    private static BigDecimal parse(String printed) {
        String text = printed.strip().replaceFirst("[%％]$", "").replace(",", "");
        return text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : null;
    }
}
