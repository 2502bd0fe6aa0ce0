package org.gongkai.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Writes a content folder of fictitious units (示例市01医疗保障局 …) over several years, with all three
 * report kinds shaped like the seeds and figures that are varied but internally consistent, so that
 * {@code check} finds nothing. The same arguments always give the same files. For tests and
 * benchmarks; never mixed into the real sample.
 */
public final class CorpusGenerator {

    private static final String[] PROVINCES = {"示例省甲", "示例省乙", "示例省丙"};
    private static final String[][] CLASSES = {
        {"社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"},
        {"卫生健康支出", "医疗保障管理事务", "行政运行"},
        {"卫生健康支出", "医疗保障管理事务", "事业运行"},
        {"卫生健康支出", "医疗救助", "城乡医疗救助"},
        {"卫生健康支出", "医疗保障管理事务", "其他医疗保障管理事务支出"},
        {"住房保障支出", "住房改革支出", "住房公积金"}};
    /** Which of the 项 above are 基本支出. */
    private static final boolean[] BASIC = {true, true, true, false, false, true};

    private final int units;
    private final int years;
    private final int firstYear;
    private final long seed;

    public CorpusGenerator(int units, int years, int firstYear, long seed) {
        this.units = units;
        this.years = years;
        this.firstYear = firstYear;
        this.seed = seed;
    }

    /** Writes {@code content/} (site.yaml and units/) under {@code root}; reports progress per unit. */
    public Path write(Path root, IntConsumer progress) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("units"));
        write(content.resolve("site.yaml"), site());
        for (int u = 1; u <= units; u++) {
            String id = id(u);
            Path unitDir = content.resolve("units").resolve(id);
            write(unitDir.resolve("unit.yaml"), unit(u));
            for (int y = 0; y < years; y++) {
                int year = firstYear + y;
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + u * 1_009L + year);
                Path yearDir = unitDir.resolve(String.valueOf(year));
                write(yearDir.resolve("final-accounts.yaml"), finalAccounts(u, year, random));
                write(yearDir.resolve("department-evaluation.yaml"), departmentEvaluation(u, year, random));
                write(yearDir.resolve("medical-service-capacity.yaml"), projectEvaluation(u, year, random));
            }
            progress.accept(u);
        }
        return content;
    }

    static String id(int unit) {
        return String.format("shili-%04d", unit);
    }

    static String name(int unit) {
        return String.format("示例市%02d医疗保障局", unit);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String site() {
        return """
                # 生成的示例语料（虚构单位），用于测试与基准，不是真实数据。
                title: 医疗保障局预决算公开（生成的示例语料）
                base-url: https://example.org/corpus/
                scope: portal
                grade-scales:
                  优良中差:
                    - { grade: 优, min: 90 }
                    - { grade: 良, min: 80 }
                    - { grade: 中, min: 60 }
                    - { grade: 差, min: 0 }
                  优秀良好合格不合格:
                    - { grade: 优秀, min: 90 }
                    - { grade: 良好, min: 80 }
                    - { grade: 合格, min: 60 }
                    - { grade: 不合格, min: 0 }
                grade-scale: 优良中差
                grade-scale-by-kind: { project-evaluation: 优秀良好合格不合格 }
                """;
    }

    private String unit(int u) {
        String province = PROVINCES[(u - 1) % PROVINCES.length];
        String level = u % 5 == 1 ? "市级" : "县级";
        String city = String.format("示例市%02d", (u - 1) / 5 + 1);
        return "# 虚构单位，生成的示例语料\n"
                + "name: " + name(u) + "\n"
                + "level: " + level + "\n"
                + "region: [" + province + ", " + city + "]\n";
    }

    private String finalAccounts(int u, int year, SplittableRandom r) {
        StringBuilder y = new StringBuilder();
        y.append("kind: final-accounts\n")
                .append("title: ").append(name(u)).append(year).append("年度部门决算\n")
                .append("year: ").append(year).append("\n")
                .append("money-unit: 万元\n")
                .append("insured: ").append(200_000 + (u * 7_919 + year * 13) % 800_000).append("   # 参保人数（人）\n")
                .append("published: ").append(year + 1).append("-09-").append(String.format("%02d", 1 + (u % 28))).append("\n");
        BigDecimal[] leafBasic = new BigDecimal[CLASSES.length];
        BigDecimal[] leafProject = new BigDecimal[CLASSES.length];
        BigDecimal basic = BigDecimal.ZERO;
        BigDecimal project = BigDecimal.ZERO;
        for (int i = 0; i < CLASSES.length; i++) {
            BigDecimal amount = money(r, BASIC[i] ? 5 : 20, BASIC[i] ? 300 : 3000);
            leafBasic[i] = BASIC[i] ? amount : BigDecimal.ZERO;
            leafProject[i] = BASIC[i] ? BigDecimal.ZERO : amount;
            basic = basic.add(leafBasic[i]);
            project = project.add(leafProject[i]);
        }
        BigDecimal fund = money(r, 0, 200);
        BigDecimal general = basic.add(project);
        y.append("income:\n  general-budget: ").append(general).append("\n  government-fund: ").append(fund).append("\n");
        y.append("expenditure:\n  basic: ").append(basic).append("\n  project: ").append(project.add(fund)).append("\n");
        y.append("balances: { opening: 0, closing: 0 }\n");
        y.append("general-budget:\n  subjects:\n");
        String lastClass = null;
        String lastItem = null;
        for (int i = 0; i < CLASSES.length; i++) {
            if (!CLASSES[i][0].equals(lastClass)) {
                y.append("    - name: ").append(CLASSES[i][0]).append("\n      items:\n");
                lastClass = CLASSES[i][0];
                lastItem = null;
            }
            if (!CLASSES[i][1].equals(lastItem)) {
                y.append("        - name: ").append(CLASSES[i][1]).append("\n          items:\n");
                lastItem = CLASSES[i][1];
            }
            BigDecimal executed = leafBasic[i].add(leafProject[i]);
            BigDecimal budget = executed.add(money(r, 0, executed.doubleValue() * 0.05));
            y.append("            - { name: ").append(CLASSES[i][2]).append(", budget: ").append(budget)
                    .append(", basic: ").append(leafBasic[i]).append(", project: ").append(leafProject[i]).append(" }\n");
        }
        y.append("government-fund: { opening: 0, income: ").append(fund).append(", unclassified: { basic: 0, project: ")
                .append(fund).append(" }, closing: 0 }\n");
        BigDecimal personnel = basic.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
        y.append("basic-expenditure: { personnel: ").append(personnel).append(", public: ").append(basic.subtract(personnel))
                .append(" }\n");
        BigDecimal reception = money(r, 0, 5);
        BigDecimal vehicle = money(r, 0, 10);
        y.append("three-public:\n  budget: { abroad: 0, vehicle-purchase: 0, vehicle-operation: ")
                .append(vehicle.add(BigDecimal.ONE)).append(", reception: ").append(reception.add(BigDecimal.ONE)).append(" }\n")
                .append("  actual: { abroad: 0, vehicle-purchase: 0, vehicle-operation: ").append(vehicle)
                .append(", reception: ").append(reception).append(" }\n");
        y.append("operating-costs: ").append(money(r, 10, 80)).append("\n");
        BigDecimal goods = money(r, 0, 50);
        BigDecimal services = money(r, 0, 50);
        BigDecimal sme = goods.add(services).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
        y.append("procurement: { goods: ").append(goods).append(", works: 0, services: ").append(services)
                .append(", sme: ").append(sme).append(", small-micro: ").append(sme.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN))
                .append(" }\n");
        int vehicles = r.nextInt(4);
        y.append("assets: { vehicles: ").append(vehicles).append(", leader-vehicles: 0, confidential-vehicles: 0, ")
                .append("emergency-vehicles: 0, other-vehicles: ").append(vehicles).append(", special-equipment: 0 }\n");
        y.append("explanations:\n  total-change: 人员调整和项目资金安排变化。\n  operating-costs-change: 压缩一般性支出。\n");
        return y.toString();
    }

    /** Weights: funds 10, then indicators adding up to 90, scored at or below their weight with reasons where below. */
    private String departmentEvaluation(int u, int year, SplittableRandom r) {
        return evaluation("department-evaluation", name(u) + year + "年度部门整体支出绩效自评报告", year, r, false);
    }

    private String projectEvaluation(int u, int year, SplittableRandom r) {
        return evaluation("project-evaluation", name(u) + year + "年医疗服务与保障能力提升补助资金绩效自评表", year, r, true);
    }

    private String evaluation(String kind, String title, int year, SplittableRandom r, boolean project) {
        StringBuilder y = new StringBuilder();
        y.append("kind: ").append(kind).append("\ntitle: ").append(title).append("\nyear: ").append(year)
                .append("\nmoney-unit: 万元\n");
        if (project) {
            y.append("funding: 转移支付\nheader:\n  - { label: 项目名称, value: 医疗服务与保障能力提升补助资金 }\n");
        }
        BigDecimal budget = money(r, 100, 900);
        BigDecimal executed = budget.subtract(money(r, 0, budget.doubleValue() * 0.1));
        BigDecimal fundsScore = executed.multiply(BigDecimal.TEN).divide(budget, 2, RoundingMode.HALF_UP).min(BigDecimal.TEN);
        y.append("funds:\n  weight: 10\n  score: ").append(fundsScore.stripTrailingZeros().toPlainString())
                .append("\n  rule: { type: execution-rate }\n")
                .append("  total: { source: 年度资金总额, budget: ").append(budget).append(", executed: ").append(executed)
                .append(" }\n  sources:\n    - { source: 财政拨款, budget: ").append(budget).append(", executed: ")
                .append(executed).append(" }\n");
        y.append("goals:\n  - { planned: 提升医保经办服务能力, actual: 完成年度目标 }\n");
        y.append("columns: { target: 指标值, actual: 实际完成值, weight: 分值, score: 得分, reason: 未完成原因和改进措施 }\n");
        y.append("indicators:\n");
        String[][] groups = {
            {"产出指标", "数量指标", "参保人员覆盖率", "%"},
            {"产出指标", "质量指标", "医保信息系统正常运行率", "%"},
            {"效益指标", "社会效益指标", "医保经办服务能力", ""},
            {"满意度指标", "服务对象满意度指标", "参保人员对医保服务满意度", "%"}};
        int[] weights = {30, 30, 20, 10};
        BigDecimal total = fundsScore;
        String lastGroup = null;
        for (int i = 0; i < groups.length; i++) {
            if (!groups[i][0].equals(lastGroup)) {
                y.append("  - group: ").append(groups[i][0]).append("\n    subgroups:\n");
                lastGroup = groups[i][0];
            }
            y.append("      - group: ").append(groups[i][1]).append("\n        items:\n");
            int weight = weights[i];
            boolean miss = r.nextInt(6) == 0;
            int score = miss ? weight - 1 - r.nextInt(3) : weight;
            total = total.add(BigDecimal.valueOf(score));
            y.append("          - name: ").append(groups[i][2]).append("\n");
            if (groups[i][3].isEmpty()) {
                y.append("            target: 有所提升\n            actual: 经办服务能力进一步提升\n");
            } else {
                int target = 85 + r.nextInt(10);
                int actual = miss ? target - 1 - r.nextInt(5) : target + r.nextInt(100 - target + 1);
                y.append("            target: \"≥").append(target).append("%\"\n            actual: \"")
                        .append(actual).append("%\"\n");
            }
            y.append("            weight: ").append(weight).append("\n            score: ").append(score).append("\n");
            if (miss) {
                y.append("            reason: 受年度政策调整影响，部分工作延后，下一年度加快推进。\n");
            }
        }
        y.append("stated: { total: ").append(total.stripTrailingZeros().toPlainString()).append(" }\n");
        return y.toString();
    }

    private static BigDecimal money(SplittableRandom r, double min, double max) {
        return BigDecimal.valueOf(min + r.nextDouble() * Math.max(0, max - min)).setScale(2, RoundingMode.HALF_UP);
    }
}
