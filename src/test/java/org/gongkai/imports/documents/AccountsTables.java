package org.gongkai.imports.documents;

import static org.gongkai.imports.documents.SampleContent.amount;
import static org.gongkai.imports.documents.SampleContent.printed;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 004's 决算公开表 (公开01表…公开09表) laid out as the standard forms, from the sample content's
 * final-accounts.yaml. The seed prints the figures in its 说明 text only (a Sichuan disclosure publishes
 * the tables as a separate file), so the amounts are the content's and every subtotal (类, 款, 合计) is
 * their sum, computed here. A fund's spending with no 功能分类 printed is the line 未列明功能分类科目的支出,
 * as gongkai prints it.
 */
final class AccountsTables {

    static final String UNCLASSIFIED = "未列明功能分类科目的支出";

    /** One sheet: its name, its title and its table. */
    record Sheet(String name, String title, Grid grid) {
    }

    private final JsonNode report;

    AccountsTables(JsonNode report) {
        this.report = report;
    }

    List<Sheet> sheets() {
        return List.of(
                new Sheet("公开01表", "收入支出决算总表", summary()),
                new Sheet("公开02表", "收入决算表", income()),
                new Sheet("公开03表", "支出决算表", expenditure()),
                new Sheet("公开04表", "财政拨款收入支出决算总表", fiscalSummary()),
                new Sheet("公开05表", "一般公共预算财政拨款支出决算表", generalBudget()),
                new Sheet("公开06表", "一般公共预算财政拨款基本支出决算表", basic()),
                new Sheet("公开07表", "一般公共预算财政拨款“三公”经费支出决算表", threePublic()),
                new Sheet("公开08表", "政府性基金预算财政拨款收入支出决算表", governmentFund()),
                new Sheet("公开09表", "国有资本经营预算财政拨款支出决算表", stateCapital()));
    }

    private static final String[][] INCOME = {
        {"general-budget", "一般公共预算财政拨款收入"}, {"government-fund", "政府性基金预算财政拨款收入"},
        {"state-capital", "国有资本经营预算财政拨款收入"}, {"superior-subsidy", "上级补助收入"}, {"business", "事业收入"},
        {"operating", "经营收入"}, {"affiliated", "附属单位上缴收入"}, {"other", "其他收入"}};
    private static final String[][] EXPENDITURE = {
        {"basic", "基本支出"}, {"project", "项目支出"}, {"superior-remittance", "上缴上级支出"}, {"operating", "经营支出"},
        {"affiliated-subsidy", "对附属单位补助支出"}};

    /** 公开01表: 收入 and 支出 side by side, each 项目 | 行次 | 决算数. */
    private Grid summary() {
        Grid grid = new Grid(6);
        grid.row().head("收入", 1, 3).head("支出", 1, 3);
        grid.row().head("项目").head("行次").head("决算数").head("项目（按功能分类）").head("行次").head("决算数");
        grid.row().head("栏次").head("").head("1").head("栏次").head("").head("2").headingsEnd();
        List<String[]> left = new ArrayList<>();
        JsonNode income = report.get("income");
        for (String[] line : INCOME) {
            left.add(new String[] {line[1], printed(income.get(line[0]))});
        }
        List<String[]> right = new ArrayList<>();
        for (ClassLine line : classes()) {
            right.add(new String[] {line.name(), line.total().toPlainString()});
        }
        int lines = Math.max(left.size(), right.size());
        int number = 1;
        int rightNumber = lines + 5;
        for (int i = 0; i < lines; i++) {
            grid.row();
            if (i < left.size()) {
                grid.text(left.get(i)[0]).text(String.valueOf(number++)).amount(left.get(i)[1]);
            } else {
                grid.text("").text("").text("");
            }
            if (i < right.size()) {
                grid.text(right.get(i)[0]).text(String.valueOf(rightNumber++)).amount(right.get(i)[1]);
            } else {
                grid.text("").text("").text("");
            }
        }
        BigDecimal incomeTotal = sum(income, INCOME);
        BigDecimal expenditureTotal = sum(report.get("expenditure"), EXPENDITURE);
        JsonNode balances = report.get("balances");
        String[][] totals = {
            {"本年收入合计", incomeTotal.toPlainString(), "本年支出合计", expenditureTotal.toPlainString()},
            {"使用非财政拨款结余", null, "结余分配", null},
            {"年初结转和结余", printed(balances.get("opening")), "年末结转和结余", printed(balances.get("closing"))},
            {"收入总计", incomeTotal.add(amount(balances.get("opening"))).toPlainString(),
                "支出总计", expenditureTotal.add(amount(balances.get("closing"))).toPlainString()}};
        for (String[] line : totals) {
            grid.row().text(line[0]).text(String.valueOf(number++)).amount(line[1])
                    .text(line[2]).text(String.valueOf(rightNumber++)).amount(line[3]);
        }
        return grid;
    }

    /** 公开02表: 本年收入 by source across, its 合计 line (the content holds no income by 科目). */
    private Grid income() {
        Grid grid = new Grid(10);
        grid.row().head("项目", 2, 1).head("本年收入合计", 2, 1).head("财政拨款收入", 1, 3);
        for (int i = 3; i < INCOME.length; i++) {
            grid.head(INCOME[i][1], 2, 1);
        }
        grid.row().head("一般公共预算财政拨款").head("政府性基金预算财政拨款").head("国有资本经营预算财政拨款");
        grid.row().head("栏次");
        for (int c = 1; c < 10; c++) {
            grid.head(String.valueOf(c));
        }
        grid.headingsEnd();
        JsonNode income = report.get("income");
        grid.row().text("合计").amount(sum(income, INCOME));
        for (String[] line : INCOME) {
            grid.amount(printed(income.get(line[0])));
        }
        return grid;
    }

    /** 公开03表: 本年支出 by kind across, 合计 then each 类, 款 and 项. */
    private Grid expenditure() {
        Grid grid = new Grid(7);
        grid.row().head("项目");
        for (String[] line : new String[][] {{"", "本年支出合计"}, EXPENDITURE[0], EXPENDITURE[1], EXPENDITURE[2], EXPENDITURE[3], EXPENDITURE[4]}) {
            grid.head(line[1]);
        }
        grid.row().head("栏次");
        for (int c = 1; c < 7; c++) {
            grid.head(String.valueOf(c));
        }
        grid.headingsEnd();
        JsonNode expenditure = report.get("expenditure");
        grid.row().text("合计").amount(sum(expenditure, EXPENDITURE));
        for (String[] line : EXPENDITURE) {
            grid.amount(printed(expenditure.get(line[0])));
        }
        for (SubjectLine line : subjects(true)) {
            grid.row().text(line.name()).amount(line.basic().add(line.project())).amount(line.basic()).amount(line.project())
                    .text("").text("").text("");
        }
        return grid;
    }

    /** 公开04表: 收入 | 支出 by fund, the 支出 side by 类. */
    private Grid fiscalSummary() {
        Grid grid = new Grid(9);
        grid.row().head("收入", 1, 3).head("支出", 1, 6);
        grid.row().head("项目").head("行次").head("金额").head("项目（按功能分类）").head("行次").head("合计")
                .head("一般公共预算财政拨款").head("政府性基金预算财政拨款").head("国有资本经营预算财政拨款");
        grid.row().head("栏次").head("").head("1").head("栏次").head("").head("2").head("3").head("4").head("5").headingsEnd();
        JsonNode income = report.get("income");
        String[][] left = {INCOME[0], INCOME[1], INCOME[2]};
        List<ClassLine> classes = classes();
        int lines = Math.max(left.length, classes.size());
        int number = 1;
        int rightNumber = lines + 4;
        for (int i = 0; i < lines; i++) {
            grid.row();
            if (i < left.length) {
                grid.text(left[i][1].replace("收入", "")).text(String.valueOf(number++)).amount(printed(income.get(left[i][0])));
            } else {
                grid.text("").text("").text("");
            }
            if (i < classes.size()) {
                ClassLine line = classes.get(i);
                grid.text(line.name()).text(String.valueOf(rightNumber++)).amount(line.total()).amount(line.general())
                        .amount(line.fund()).amount(BigDecimal.ZERO);
            } else {
                grid.text("").text("").text("").text("").text("").text("");
            }
        }
        BigDecimal fiscal = sum(income, left);
        BigDecimal general = amount(income.get("general-budget"));
        BigDecimal fund = amount(income.get("government-fund"));
        BigDecimal capital = amount(income.get("state-capital"));
        grid.row().text("本年收入合计").text(String.valueOf(number++)).amount(fiscal)
                .text("本年支出合计").text(String.valueOf(rightNumber++)).amount(fiscal).amount(general).amount(fund).amount(capital);
        grid.row().text("年初财政拨款结转和结余").text(String.valueOf(number++)).amount(printed(report.get("balances").get("opening")))
                .text("年末财政拨款结转和结余").text(String.valueOf(rightNumber++)).amount(printed(report.get("balances").get("closing")))
                .amount("0").amount("0").amount("0");
        grid.row().text("总计").text(String.valueOf(number)).amount(fiscal)
                .text("总计").text(String.valueOf(rightNumber)).amount(fiscal).amount(general).amount(fund).amount(capital);
        return grid;
    }

    /** 公开05表: 科目名称 | 全年预算数 | 本年支出 合计, 基本支出, 项目支出. */
    private Grid generalBudget() {
        Grid grid = new Grid(5);
        grid.row().head("科目名称", 2, 1).head("全年预算数", 2, 1).head("本年支出", 1, 3);
        grid.row().head("合计").head("基本支出").head("项目支出");
        grid.row().head("栏次").head("1").head("2").head("3").head("4").headingsEnd();
        List<SubjectLine> lines = subjects(false);
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal basic = BigDecimal.ZERO;
        BigDecimal project = BigDecimal.ZERO;
        for (SubjectLine line : lines) {
            if (line.depth() == 0) {
                budget = budget.add(line.budget());
                basic = basic.add(line.basic());
                project = project.add(line.project());
            }
        }
        grid.row().text("合计").amount(budget).amount(basic.add(project)).amount(basic).amount(project);
        for (SubjectLine line : lines) {
            grid.row().text(line.name()).amount(line.budget()).amount(line.basic().add(line.project()))
                    .amount(line.basic()).amount(line.project());
        }
        return grid;
    }

    /** 公开06表: 人员经费 | 公用经费 side by side (the content holds their totals, not the 经济分类 lines). */
    private Grid basic() {
        Grid grid = new Grid(4);
        grid.row().head("人员经费", 1, 2).head("公用经费", 1, 2);
        grid.row().head("经济分类科目名称").head("决算数").head("经济分类科目名称").head("决算数").headingsEnd();
        JsonNode basic = report.get("basic-expenditure");
        grid.row().text("人员经费合计").amount(printed(basic.get("personnel"))).text("公用经费合计").amount(printed(basic.get("public")));
        return grid;
    }

    /** 公开07表: 预算数 and 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) | 公务接待费. */
    private Grid threePublic() {
        Grid grid = new Grid(12);
        grid.row().head("预算数", 1, 6).head("决算数", 1, 6);
        grid.row();
        for (int side = 0; side < 2; side++) {
            grid.head("合计", 2, 1).head("因公出国（境）费", 2, 1).head("公务用车购置及\n运行维护费", 1, 3).head("公务接待费", 2, 1);
        }
        grid.row();
        for (int side = 0; side < 2; side++) {
            grid.head("小计").head("公务用车购置费").head("公务用车运行维护费");
        }
        grid.headingsEnd();
        grid.row();
        for (String side : new String[] {"budget", "actual"}) {
            JsonNode figures = report.get("three-public").get(side);
            BigDecimal purchase = amount(figures.get("vehicle-purchase"));
            BigDecimal operation = amount(figures.get("vehicle-operation"));
            BigDecimal abroad = amount(figures.get("abroad"));
            BigDecimal reception = amount(figures.get("reception"));
            grid.amount(abroad.add(purchase).add(operation).add(reception)).amount(abroad).amount(purchase.add(operation))
                    .amount(purchase).amount(operation).amount(reception);
        }
        return grid;
    }

    /** 公开08表: 科目名称 | 年初结转和结余 | 本年收入 | 本年支出 (合计, 基本, 项目) | 年末结转和结余. */
    private Grid governmentFund() {
        Grid grid = new Grid(7);
        grid.row().head("科目名称", 2, 1).head("年初结转和结余", 2, 1).head("本年收入", 2, 1).head("本年支出", 1, 3)
                .head("年末结转和结余", 2, 1);
        grid.row().head("合计").head("基本支出").head("项目支出");
        grid.row().head("栏次");
        for (int c = 1; c <= 6; c++) {
            grid.head(String.valueOf(c));
        }
        grid.headingsEnd();
        JsonNode fund = report.get("government-fund");
        JsonNode unclassified = fund.get("unclassified");
        BigDecimal basic = amount(unclassified.get("basic"));
        BigDecimal project = amount(unclassified.get("project"));
        grid.row().text("合计").amount(printed(fund.get("opening"))).amount(printed(fund.get("income")))
                .amount(basic.add(project)).amount(basic).amount(project).amount(printed(fund.get("closing")));
        grid.row().text(UNCLASSIFIED).text("").text("").amount(basic.add(project)).amount(basic).amount(project).text("");
        return grid;
    }

    /** 公开09表: no data this year, its note under the headings as the table prints it. */
    private Grid stateCapital() {
        Grid grid = new Grid(4);
        grid.row().head("科目名称", 2, 1).head("本年支出", 1, 3);
        grid.row().head("合计").head("基本支出").head("项目支出");
        grid.row().head("栏次").head("1").head("2").head("3").headingsEnd();
        grid.row().text("合计").text("").text("").text("");
        grid.row().text("注：本单位2022年度无国有资本经营预算财政拨款支出，本表无数据。", 1, 4);
        return grid;
    }

    record ClassLine(String name, BigDecimal total, BigDecimal general, BigDecimal fund) {
    }

    record SubjectLine(int depth, String name, BigDecimal budget, BigDecimal basic, BigDecimal project) {
    }

    /** Spending by 类: the general budget's 类, then the fund's unclassified line. */
    private List<ClassLine> classes() {
        List<ClassLine> lines = new ArrayList<>();
        for (SubjectLine line : subjects(false)) {
            if (line.depth() == 0) {
                BigDecimal total = line.basic().add(line.project());
                lines.add(new ClassLine(line.name(), total, total, BigDecimal.ZERO));
            }
        }
        JsonNode unclassified = report.get("government-fund").get("unclassified");
        BigDecimal fund = amount(unclassified.get("basic")).add(amount(unclassified.get("project")));
        lines.add(new ClassLine(UNCLASSIFIED, fund, BigDecimal.ZERO, fund));
        return lines;
    }

    /** Every 类, 款 and 项 of the general budget with summed budget, basic and project; with the fund's line if asked. */
    private List<SubjectLine> subjects(boolean withFund) {
        List<SubjectLine> lines = new ArrayList<>();
        for (JsonNode subject : report.get("general-budget").get("subjects")) {
            walk(subject, 0, lines);
        }
        if (withFund) {
            JsonNode unclassified = report.get("government-fund").get("unclassified");
            lines.add(new SubjectLine(0, UNCLASSIFIED, null, amount(unclassified.get("basic")), amount(unclassified.get("project"))));
        }
        return lines;
    }

    private static SubjectLine walk(JsonNode subject, int depth, List<SubjectLine> lines) {
        int at = lines.size();
        lines.add(null);
        BigDecimal budget;
        BigDecimal basic;
        BigDecimal project;
        if (subject.has("items")) {
            budget = BigDecimal.ZERO;
            basic = BigDecimal.ZERO;
            project = BigDecimal.ZERO;
            for (JsonNode item : subject.get("items")) {
                SubjectLine line = walk(item, depth + 1, lines);
                budget = budget.add(line.budget());
                basic = basic.add(line.basic());
                project = project.add(line.project());
            }
        } else {
            budget = amount(subject.get("budget"));
            basic = amount(subject.get("basic"));
            project = amount(subject.get("project"));
        }
        SubjectLine line = new SubjectLine(depth, printed(subject.get("name")), budget, basic, project);
        lines.set(at, line);
        return line;
    }

    private static BigDecimal sum(JsonNode block, String[][] keys) {
        BigDecimal total = BigDecimal.ZERO;
        for (String[] key : keys) {
            total = total.add(amount(block.get(key[0])));
        }
        return total;
    }
}
