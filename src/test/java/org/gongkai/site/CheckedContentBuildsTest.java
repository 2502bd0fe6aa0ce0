package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every content that {@code check} accepts, {@code build} renders: minimal and maximal reports of every
 * kind, and reports with random subsets of the optional fields of the README's YAML reference (some with
 * last year's report beside them, narratives, section texts, charts or an audit build). A case that
 * {@code check} refuses is counted and skipped; one it accepts must build without an exception and
 * without an error, its page must be there, and a 决算's 说明 must have no empty slot. The number of
 * cases is printed; {@code -Dgongkai.seed=…} draws another set.
 */
class CheckedContentBuildsTest {

    static final long SEED = Long.getLong("gongkai.seed", 20240614L);
    static final int RANDOM_PER_KIND = 60;
    static final List<String> KINDS = List.of("final-accounts", "department-evaluation", "project-evaluation");

    @TempDir
    Path dir;

    /** The rules that refused the cases check did not accept, to show in the report that they are what was meant. */
    private final SortedMap<String, Integer> refused = new TreeMap<>();

    /** How many accepted cases were unscored 绩效自评, whose pages must show no score. */
    private int unscoredCases;

    /** How a case picks its optional fields. */
    enum Mode {
        MINIMAL, MAXIMAL, RANDOM
    }

    @Test
    void everyCheckedContentBuilds() throws IOException {
        List<String> failures = new ArrayList<>();
        int generated = 0;
        int accepted = 0;
        for (String kind : KINDS) {
            for (Mode mode : List.of(Mode.MINIMAL, Mode.MAXIMAL)) {
                Case c = new Case(kind, mode, new Random(SEED + kind.hashCode() + mode.ordinal()), ~(SEED + kind.hashCode() + mode.ordinal()), mode == Mode.MAXIMAL ? "svg+png" : "none");
                generated++;
                accepted += run(c, kind + " " + mode, failures) ? 1 : 0;
            }
            for (int i = 0; i < RANDOM_PER_KIND; i++) {
                long seed = SEED * 31 + kind.hashCode() * 1009L + i;
                Case c = new Case(kind, Mode.RANDOM, new Random(seed), ~seed, i % 15 == 7 ? "svg" : "none");
                // Every third random 绩效自评 is unscored (random draws from neighbouring seeds are alike).
                c.unscored = !kind.equals("final-accounts") && i % 3 == 1;
                generated++;
                accepted += run(c, kind + " random seed=" + seed, failures) ? 1 : 0;
            }
        }
        System.out.println("CheckedContentBuildsTest: " + generated + " generated cases, " + accepted
                + " accepted by check and built (" + unscoredCases + " unscored 绩效自评), " + (generated - accepted)
                + " refused by check " + refused + " (seed " + SEED + ")");
        int cases = generated;
        assertEquals(List.of(), failures, () -> failures.size() + " of " + cases + " cases failed:\n" + String.join("\n\n", failures));
        assertTrue(accepted >= generated * 2 / 3, "most generated cases must be valid content, " + accepted + " of " + generated);
        assertTrue(unscoredCases >= 10, "unscored 绩效自评 are generated and built: " + unscoredCases);
    }

    /** The finding from the issue: a 决算 with only other income and basic expenditure built to a NullPointerException. */
    @Test
    void aFinalAccountsWithOnlyOtherIncomeAndBasicExpenditureBuilds() throws IOException {
        Path content = site(dir.resolve("only"), "none");
        write(content.resolve("units/demo/2023/fa.yaml"), """
                kind: final-accounts
                title: 示例县医疗保障局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: { other: 10 }
                expenditure: { basic: 10 }
                """);
        List<String> failures = new ArrayList<>();
        assertTrue(buildsIfChecked(content, dir.resolve("only-site"), "units/demo/2023/fa/index.html", false, "only", "",
                failures));
        assertEquals(List.of(), failures);
    }

    private boolean run(Case c, String name, List<String> failures) throws IOException {
        Path root = Files.createTempDirectory(dir, "case");
        Path content = site(root, c.charts);
        String yaml = Yaml.write(c.report(2023));
        write(content.resolve("units/demo/2023/r.yaml"), yaml);
        if (c.pick(0.3)) {
            write(content.resolve("units/demo/2022/r.yaml"), Yaml.write(c.report(2022)));
        }
        if (c.pick(0.3)) {
            write(content.resolve("units/demo/2023/r.md"), "## 概况\n\n本单位**主要职能**如下：\n\n- 医保\n- 救助\n");
        }
        if (c.kind.equals("final-accounts") && c.pick(0.3)) {
            for (String section : List.of("overview", "general-budget", "basic", "other")) {
                if (c.pick(0.5)) {
                    write(content.resolve("units/demo/2023/r." + section + ".md"), "本节由单位撰写：" + section + "。\n");
                }
            }
        }
        boolean accepted = buildsIfChecked(content, root.resolve("site"), "units/demo/2023/r/index.html", c.pick(0.2),
                name, yaml, failures);
        Path page = root.resolve("site/units/demo/2023/r/index.html");
        if (accepted && c.unscored && Files.isRegularFile(page)) {
            unscoredCases++;
            org.jsoup.nodes.Document html = Jsoup.parse(page.toFile(), "UTF-8");
            if (!html.select("[data-figure=total-score], [data-figure=grade], tr.subtotal, #chart-scores").isEmpty()) {
                failures.add(name + ": an unscored report shows a score: "
                        + html.select("[data-figure=total-score], [data-figure=grade], tr.subtotal, #chart-scores") + "\n" + yaml);
            }
        }
        return accepted;
    }

    /** Whether check accepted the content; when it did, a failed build is added to {@code failures}. */
    private boolean buildsIfChecked(Path content, Path out, String pagePath, boolean audit, String name, String yaml,
            List<String> failures) {
        List<Diagnostic> checked = new SiteBuilder(1).check(content).diagnostics();
        if (checked.stream().anyMatch(Diagnostic::isError)) {
            checked.stream().filter(Diagnostic::isError).map(Diagnostic::rule).distinct().forEach(rule -> refused.merge(rule, 1, Integer::sum));
            return false;
        }
        try {
            BuildResult built = new SiteBuilder(1).build(content, out, audit);
            List<Diagnostic> errors = built.diagnostics().stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                failures.add(name + ": build reported errors " + errors + "\n" + yaml);
            } else {
                Path page = out.resolve(pagePath);
                if (!Files.isRegularFile(page)) {
                    failures.add(name + ": no report page was written\n" + yaml);
                } else {
                    String slot = emptySlot(page);
                    if (slot != null) {
                        failures.add(name + ": the 说明 has an empty slot: " + slot + "\n" + yaml);
                    }
                }
            }
        } catch (Exception | Error e) {
            failures.add(name + ": build threw " + where(e) + "\n" + yaml);
        }
        return true;
    }

    /** A generated 说明 sentence with an empty list (：。) or an amount without its figure (支出万元), or null. */
    private static String emptySlot(Path page) throws IOException {
        Element explanation = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("section.explanation");
        if (explanation == null) {
            return null;
        }
        explanation.select("div.chart, div.unit-written").remove();
        Matcher m = EMPTY_SLOT.matcher(explanation.text());
        return m.find() ? explanation.text().substring(Math.max(0, m.start() - 30), m.end()) : null;
    }

    static final Pattern EMPTY_SLOT = Pattern.compile("[：，]。|(?<![0-9.万亿])(万元|亿元|元)(?![/以])");

    /** The innermost cause and the gongkai frames it passed through. */
    private static String where(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        StringBuilder text = new StringBuilder(root.toString());
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("org.gongkai") || frame.getClassName().startsWith("freemarker.core.")) {
                text.append("\n\tat ").append(frame);
            }
        }
        return text.toString().lines().limit(10).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static Path site(Path root, String charts) throws IOException {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), """
                title: 生成的站点
                base-url: https://example.org/gongkai/
                charts: %s
                grade-scales:
                  优良中差:
                    - { grade: 优, min: 90 }
                    - { grade: 良, min: 80 }
                    - { grade: 中, min: 60 }
                    - { grade: 差, min: 0 }
                  一等二等三等四等:
                    - { grade: 一等, min: 90 }
                    - { grade: 二等, min: 75 }
                    - { grade: 三等, min: 60 }
                    - { grade: 四等, min: 0 }
                grade-scale: 优良中差
                """.formatted(charts));
        write(content.resolve("units/demo/unit.yaml"), """
                name: 示例县医疗保障局
                level: 县级
                region: [示例省, 示例市, 示例县]
                """);
        return content;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** One generated report: which kind, how its optional fields are picked, and the random source. */
    static final class Case {
        final String kind;
        final Mode mode;
        final Random random;
        /** Draws for money units apart from {@link #random}, so adding them left the other cases as they were. */
        final Random units;
        final String charts;
        /** An unscored 绩效自评 (指标值, 实际完成值, 未完成原因 only): no weight or score anywhere. */
        boolean unscored;

        Case(String kind, Mode mode, Random random, long unitsSeed, String charts) {
            this.kind = kind;
            this.mode = mode;
            this.units = new Random(unitsSeed);
            this.random = random;
            this.charts = charts;
        }

        /** A weight or score: never in an unscored report. */
        void putPoints(Map<String, Object> map, String key, Supplier<Object> value) {
            if (!unscored) {
                put(map, key, value);
            }
        }

        /** Whether an optional field is there: never in a minimal report, always in a maximal one. */
        boolean has() {
            return mode == Mode.MAXIMAL || mode == Mode.RANDOM && random.nextBoolean();
        }

        boolean pick(double p) {
            return mode == Mode.RANDOM && random.nextDouble() < p;
        }

        <T> T oneOf(List<T> choices) {
            return mode == Mode.MAXIMAL ? choices.get(choices.size() - 1) : choices.get(random.nextInt(choices.size()));
        }

        int count(int max) {
            return mode == Mode.MAXIMAL ? max : mode == Mode.MINIMAL ? 1 : random.nextInt(max + 1);
        }

        /** An amount; now and then a negative one, which check refuses. */
        BigDecimal amount() {
            return new BigDecimal(pick(0.01) ? "-3" : oneOf(List.of("0", "0.01", "1.5", "10", "46.6", "100", "593.57")));
        }

        /** A score of at most the weight (when there is one): none, half or all of it. */
        Object scoreOf(Object weight) {
            BigDecimal most = weight == null ? BigDecimal.TEN : new BigDecimal(weight.toString());
            return most.multiply(new BigDecimal(oneOf(List.of("0", "0.5", "1")))).stripTrailingZeros().toPlainString();
        }

        String text() {
            return oneOf(List.of("", "无", "按规定执行。", "主要原因是人员增加、业务量上升", "# 标题\n\n- 一\n- 二"));
        }

        void put(Map<String, Object> map, String key, Supplier<Object> value) {
            if (has()) {
                map.put(key, value.get());
            }
        }

        Map<String, Object> report(int year) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", kind);
            r.put("title", "示例县医疗保障局" + year + "年度" + kind);
            r.put("year", year);
            r.put("money-unit", oneOf(List.of("元", "亿元", "万元")));
            put(r, "published", () -> year + 1 + "-06-30");
            put(r, "publisher", () -> "示例县医疗保障局");
            put(r, "grade-scale", () -> oneOf(List.of("优良中差", "一等二等三等四等")));
            put(r, "source", () -> "原文件");
            if (kind.equals("final-accounts")) {
                finalAccounts(r);
            } else {
                evaluation(r);
            }
            return r;
        }

        private Map<String, Object> amounts(String... keys) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String key : keys) {
                put(m, key, this::amount);
            }
            return m;
        }

        private void finalAccounts(Map<String, Object> r) {
            put(r, "insured", () -> 870960);
            r.put("income", mode == Mode.MINIMAL ? Map.of("other", new BigDecimal("10")) : amounts("general-budget",
                    "government-fund", "state-capital", "superior-subsidy", "business", "operating", "affiliated", "other"));
            r.put("expenditure", mode == Mode.MINIMAL ? Map.of("basic", new BigDecimal("10"))
                    : amounts("basic", "project", "superior-remittance", "operating", "affiliated-subsidy"));
            put(r, "balances", () -> amounts("non-fiscal-used", "opening", "distribution", "closing"));
            put(r, "general-budget", this::fund);
            put(r, "basic-expenditure", () -> {
                Map<String, Object> b = amounts("personnel", "public");
                put(b, "personnel-items", () -> economicItems("30101", "基本工资"));
                put(b, "public-items", () -> economicItems("30201", "办公费"));
                return b;
            });
            put(r, "three-public", () -> {
                Map<String, Object> t = new LinkedHashMap<>();
                if (units.nextBoolean()) {
                    t.put("money-unit", List.of("元", "万元", "亿元").get(units.nextInt(3)));
                }
                put(t, "budget", () -> amounts("abroad", "vehicle-purchase", "vehicle-operation", "reception"));
                put(t, "actual", () -> amounts("abroad", "vehicle-purchase", "vehicle-operation", "reception"));
                return t;
            });
            put(r, "government-fund", this::fund);
            put(r, "state-capital", this::fund);
            // An amount written with its unit, as copied from a Word table, is read with a warning.
            String written = List.of("", "元", "万元", "亿元", "万").get(units.nextInt(5));
            put(r, "operating-costs", () -> amount().toPlainString() + written);
            put(r, "procurement", () -> amounts("goods", "works", "services", "sme", "small-micro"));
            put(r, "assets", () -> {
                Map<String, Object> a = new LinkedHashMap<>();
                for (String key : List.of("vehicles", "leader-vehicles", "confidential-vehicles", "emergency-vehicles",
                        "law-enforcement-vehicles", "special-vehicles", "other-vehicles", "special-equipment", "large-equipment")) {
                    put(a, key, () -> oneOf(List.of(0, 1, 3)));
                }
                return a;
            });
            put(r, "glossary", () -> list(2, () -> Map.of("term", "基本支出", "definition", "指为保证机构正常运转……")));
            put(r, "previous-year", () -> {
                Map<String, Object> p = amounts("total", "fiscal-total", "general-budget-expenditure", "three-public",
                        "reception", "operating-costs", "basic", "project");
                put(p, "year", () -> (Integer) r.get("year") - 1);
                return p;
            });
            put(r, "explanations", () -> {
                Map<String, Object> x = new LinkedHashMap<>();
                for (String key : List.of("total-change", "fiscal-change", "general-budget-change", "personnel-includes",
                        "public-includes", "three-public", "three-public-details", "operating-costs-change", "performance")) {
                    put(x, key, this::text);
                }
                return x;
            });
            put(r, "stated", () -> {
                Map<String, Object> s = new LinkedHashMap<>();
                for (String name : List.of("基本支出", "一般公共预算财政拨款收入占比", "收、支总计增减率", "公务接待费占比",
                        "一般公共预算财政拨款支出完成预算", "机关运行经费")) {
                    put(s, name, () -> oneOf(List.of("0", "96.46%", "-11.65%", "3429.91")));
                }
                return s;
            });
            put(r, "scope", () -> oneOf(List.of("本级", "单位", "部门")));
            put(r, "composition", () -> {
                List<Object> members = new ArrayList<>();
                List<String> names = List.of("示例县医疗保障局本级", "示例县医疗保障事务中心", "示例县医疗救助服务中心");
                int n = count(names.size());
                for (int i = 0; i < n; i++) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", names.get(i));
                    put(m, "type", () -> oneOf(List.of("行政单位", "参照公务员法管理事业单位", "事业单位")));
                    if (i == 0) {
                        put(m, "unit", () -> "demo");
                    }
                    members.add(m);
                }
                return members;
            });
            put(r, "tables", () -> accountsTables(r));
            if (r.containsKey("tables")) {
                put(r, "parts", () -> parts(r, true));
            }
        }

        private List<Object> economicItems(String code, String name) {
            return list(2, () -> {
                Map<String, Object> item = new LinkedHashMap<>();
                put(item, "code", () -> code);
                item.put("name", name);
                item.put("amount", amount());
                return item;
            });
        }

        private Map<String, Object> fund() {
            Map<String, Object> f = amounts("opening", "income");
            put(f, "subjects", () -> list(2, () -> subject(1)));
            put(f, "unclassified", () -> amounts("basic", "project"));
            put(f, "closing", this::amount);
            return f;
        }

        private Map<String, Object> subject(int level) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", List.of("", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出").get(level));
            put(s, "code", () -> List.of("", "208", "20805", "2080505").get(level));
            if (level < 3 && has()) {
                s.put("items", list(2, () -> subject(level + 1)));
                if (pick(0.2)) {
                    s.putAll(amounts("budget", "basic", "project"));
                }
            } else {
                s.putAll(amounts("budget", "basic", "project"));
            }
            return s;
        }

        private void evaluation(Map<String, Object> r) {
            if (kind.equals("project-evaluation")) {
                put(r, "funding", () -> oneOf(List.of("项目支出", "转移支付")));
            }
            put(r, "table-title", () -> "2023年度部门整体支出绩效目标自评表");
            put(r, "header", () -> list(2, () -> {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("label", "主管部门");
                put(h, "value", () -> "国家医保局");
                return h;
            }));
            put(r, "tasks", () -> list(2, this::planAndResult));
            put(r, "funds", () -> {
                Map<String, Object> f = new LinkedHashMap<>();
                put(f, "label", () -> oneOf(List.of("资金投入情况", "预算执行情况")));
                putPoints(f, "weight", () -> oneOf(List.of(0, 10)));
                putPoints(f, "score", () -> scoreOf(f.get("weight")));
                Map<String, Object> total = fundsRow("年度资金总额");
                f.put("total", total);
                put(f, "sources", () -> list(3, () -> fundsRow(oneOf(List.of("中央财政资金", "地方财政资金", "其他资金")))));
                put(f, "columns", () -> columns(List.of("source", "initial", "budget", "executed", "weight", "rate",
                        "score", "reason", "method")));
                put(f, "method", () -> "执行率*该指标分值，最高不得超过分值上限");
                putPoints(f, "rule", () -> {
                    Map<String, Object> rule = new LinkedHashMap<>();
                    String type = oneOf(List.of("execution-rate", "steps"));
                    rule.put("type", type);
                    if (type.equals("steps")) {
                        // 执行率≥99%得9分，≥95%得8分…: steps are required, from the highest down
                        rule.put("steps", List.of(new TreeMap<>(Map.of("from", "99%", "score", 9)), new TreeMap<>(Map.of("from", "95%", "score", 8)),
                                new TreeMap<>(Map.of("from", "90%", "score", 6))));
                    } else {
                        put(rule, "full", () -> "90%");
                    }
                    put(rule, "base", () -> oneOf(List.of("budget", "initial")));
                    put(rule, "scale", () -> 0);
                    put(rule, "rounding", () -> "down");
                    return rule;
                });
                return f;
            });
            put(r, "management", () -> {
                Map<String, Object> m = new LinkedHashMap<>();
                putPoints(m, "weight", () -> 40);
                m.put("items", listAtLeastOne(2, () -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("item", "分配科学性");
                    put(item, "description", () -> "按文件要求分配");
                    putPoints(item, "weight", () -> oneOf(List.of(5, 20)));
                    putPoints(item, "score", () -> scoreOf(item.get("weight")));
                    put(item, "issues", this::text);
                    return item;
                }));
                put(m, "columns", () -> columns(List.of("item", "description", "weight", "score", "issues")));
                return m;
            });
            put(r, "goals", () -> list(2, this::goal));
            put(r, "goals-columns", () -> columns(List.of("label", "planned", "adjusted", "actual")));
            put(r, "columns", () -> columns(List.of("number", "nature", "initial-target", "target", "unit", "actual",
                    "weight", "coefficient", "standard", "score", "review-score", "core", "reason", "note")));
            // A minimal evaluation states its result only in its text: it has no indicator table. Otherwise a
            // table of one shape: a flat list, or groups one, two or three levels deep (with matching level headings).
            if (has()) {
                int depth = oneOf(List.of(0, 1, 3, 2));
                if (depth == 0) {
                    r.put("flat-indicators", listAtLeastOne(4, this::indicator));
                } else {
                    r.put("indicators", listAtLeastOne(3, () -> indicatorGroup(depth)));
                    // 一级指标 | 得分 | 二级指标 | 得分 …: a group's own figures in columns after its name
                    putPoints(r, "group-columns", () -> columns(List.of("weight", "score")));
                }
                List<String> levels = new ArrayList<>();
                for (int level = 0; level < depth; level++) {
                    levels.add(List.of("一级指标", "二级指标", "三级指标").get(level) + "（原表）");
                }
                levels.add("指标名称（原表）");
                put(r, "levels", () -> levels);
            }
            put(r, "reweight", () -> oneOf(List.of(false, true)));
            put(r, "stated", () -> {
                Map<String, Object> s = new LinkedHashMap<>();
                putPoints(s, "weight", () -> 100);
                putPoints(s, "total", () -> oneOf(List.of(0, 59.5, 99, 100)));
                put(s, "grade", () -> oneOf(List.of("优", "良", "一等", "不合格")));
                return s;
            });
            put(r, "remarks", this::text);
            put(r, "notes", () -> list(2, () -> "该表由中央主管部门填写。"));
            put(r, "tables", () -> evaluationTables(r));
            if (r.get("tables") instanceof List<?> tables && !tables.isEmpty()) {
                put(r, "parts", () -> parts(r, false));
            }
        }

        /** Printed headings for some of {@code keys}, in a random order. */
        private Map<String, Object> columns(List<String> keys) {
            List<String> order = new ArrayList<>(keys);
            if (mode == Mode.RANDOM) {
                Collections.shuffle(order, random);
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            for (String key : order) {
                // A column may be printed without a heading ("").
                put(columns, key, () -> pick(0.1) ? "" : key + "（原表）");
            }
            return columns;
        }

        private Map<String, Object> planAndResult() {
            Map<String, Object> p = new LinkedHashMap<>();
            put(p, "planned", () -> "保障日常工作正常运转");
            put(p, "actual", this::text);
            return p;
        }

        /** A goal of the goals table, which may print a row label and an adjusted target beside the initial one. */
        private Map<String, Object> goal() {
            Map<String, Object> p = planAndResult();
            put(p, "label", () -> "目标" + (1 + random.nextInt(3)));
            put(p, "adjusted", () -> "保障日常工作正常运转（调整）");
            return p;
        }

        private Map<String, Object> fundsRow(String source) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", source);
            row.putAll(amounts("initial", "budget", "executed"));
            put(row, "stated-rate", () -> oneOf(List.of("93.3%", "100%", "0%")));
            put(row, "reason", this::text);
            return row;
        }

        /** A group with {@code depth} levels of groups, itself included; the innermost holds the indicators. */
        private Map<String, Object> indicatorGroup(int depth) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", oneOf(depth == 1 ? List.of("数量指标", "质量指标", "时效指标")
                    : List.of("产出指标", "效益指标", "满意度指标", "决策", "规划")));
            putPoints(g, "stated-weight", () -> oneOf(List.of(10, 30)));
            putPoints(g, "stated-score", () -> oneOf(List.of(8, 30)));
            putPoints(g, "subtotal", () -> {
                Map<String, Object> subtotal = new LinkedHashMap<>();
                put(subtotal, "weight", () -> oneOf(List.of(10, 30)));
                put(subtotal, "score", () -> oneOf(List.of(8, 30)));
                return subtotal;
            });
            if (depth == 1) {
                g.put("items", listAtLeastOne(3, this::indicator));
            } else {
                g.put("subgroups", listAtLeastOne(2, () -> indicatorGroup(depth - 1)));
            }
            return g;
        }

        private Map<String, Object> indicator() {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", "指标" + random.nextInt(1000));
            put(i, "code", () -> "C" + random.nextInt(1000));
            List<String> values = List.of("≥90%", "不晚于2023年12月31日", "晚于2023年12月31日", "12月底前", "超过90%。",
                    "10天以内", "≤5个工作日", "按时", "逾期", "显著提升", "856.37万人，99%", "");
            put(i, "target", () -> oneOf(values));
            put(i, "actual", () -> oneOf(values));
            putPoints(i, "weight", () -> oneOf(List.of(0, 2, 5, 10)));
            put(i, "standard", () -> oneOf(List.of("达到得满分（5分）", "共2项，每项1分", "")));
            putPoints(i, "score", () -> scoreOf(i.get("weight")));
            putPoints(i, "review-score", () -> scoreOf(i.get("weight")));
            put(i, "reason", this::text);
            put(i, "note", () -> "指标说明");
            put(i, "nature", () -> oneOf(List.of("≥", "≤", "=", "定性", "定量指标")));
            put(i, "unit", () -> oneOf(List.of("%", "家", "")));
            put(i, "initial-target", () -> oneOf(List.of("90", "高")));
            putPoints(i, "coefficient", () -> oneOf(List.of(0, 80, 100)));
            put(i, "core", () -> oneOf(List.of("是", "否")));
            put(i, "applicable", () -> oneOf(List.of(true, false)));
            putPoints(i, "rule", () -> {
                Map<String, Object> rule = new LinkedHashMap<>();
                String type = oneOf(List.of("threshold", "proportional", "bands", "deduction", "execution-rate"));
                rule.put("type", type);
                switch (type) {
                    // What a type needs is always written (check refuses a rule without it), the rest at random.
                    case "bands" -> {
                        rule.put("full", "90%");
                        rule.put("pass", "80%");
                        put(rule, "zero", () -> "50%");
                        put(rule, "pass-score", () -> 60);
                    }
                    case "deduction" -> {
                        rule.put("per-case", 0.5);
                        rule.put("cases", oneOf(List.of(0, 3, 20)));
                    }
                    case "proportional" -> put(rule, "target", () -> "100%");
                    case "execution-rate" -> put(rule, "full", () -> "90%");
                    default -> { }
                }
                if (!type.equals("deduction")) {
                    // deduction counts cases and takes no value: check refuses a parameter the type does not use.
                    put(rule, "value", () -> oneOf(List.of("0次", "95%")));
                }
                put(rule, "scale", () -> oneOf(List.of(0, 2)));
                put(rule, "rounding", () -> oneOf(List.of("half-up", "down", "up")));
                put(rule, "cap", () -> oneOf(List.of(true, false)));
                return rule;
            });
            return i;
        }

        /**
         * A 决算's tables as a document prints them: each built-in table whose block is there (and, where it is
         * not, sometimes under its printed empty-table note), renamed and numbered, with data tables of
         * catalogue kinds and custom ones between them.
         */
        private List<Object> accountsTables(Map<String, Object> r) {
            List<Object> tables = new ArrayList<>();
            String[][] builtIns = {{"income-expenditure-summary", null}, {"income", null}, {"expenditure", null},
                    {"fiscal-summary", null}, {"general-budget", "general-budget"}, {"basic-expenditure", "basic-expenditure"},
                    {"three-public", "three-public"}, {"government-fund", "government-fund"}, {"state-capital", "state-capital"}};
            int n = 0;
            for (String[] builtIn : builtIns) {
                boolean hasBlock = builtIn[1] == null || r.containsKey(builtIn[1]);
                // A block with data must be listed (check refuses it otherwise); a table without its block only with its empty-table note.
                boolean listed = builtIn[1] == null ? mode == Mode.MAXIMAL || random.nextBoolean()
                        : hasBlock || mode == Mode.MAXIMAL || pick(0.3);
                if (!listed) {
                    continue;
                }
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", "t" + ++n);
                // A province's variant of the kind (a catalogue file with the same block) renders the same table.
                t.put("kind", builtIn[0].equals("basic-expenditure") && mode != Mode.MINIMAL && random.nextBoolean()
                        ? "basic-expenditure-detail" : builtIn[0]);
                // Without a title of its own, the table takes its kind's (and its number).
                put(t, "title", () -> oneOf(List.of("收入支出决算表", "一般公共预算财政拨款“三公”经费情况表", "表（原文所印标题）")));
                put(t, "number", () -> oneOf(List.of("表一", "公开07表", "十一")));
                var block = org.gongkai.model.BuiltInTable.find(builtIn[0], org.gongkai.model.ReportKind.FINAL_ACCOUNTS)
                        .orElseThrow();
                put(t, "headings", () -> {
                    Map<String, Object> headings = new LinkedHashMap<>();
                    for (String key : block.headings()) {
                        put(headings, key, () -> key + "（原表列标题）");
                    }
                    return headings;
                });
                List<String> rowKeys = List.copyOf(block.rows().keySet());
                if (!rowKeys.isEmpty()) {
                    put(t, "labels", () -> {
                        Map<String, Object> labels = new LinkedHashMap<>();
                        for (String key : rowKeys) {
                            put(labels, key, () -> key + "（原表行名）");
                        }
                        return labels;
                    });
                }
                // A table may be printed in a money unit of its own (the 三公 block's, where it states one, the same).
                Object blockUnit = builtIn[0].equals("three-public") && r.get("three-public") instanceof Map<?, ?> threePublicBlock
                        ? threePublicBlock.get("money-unit") : null;
                put(t, "money-unit", () -> blockUnit != null ? blockUnit : oneOf(List.of("元", "万元", "亿元")));
                if (!hasBlock) {
                    t.put("empty", "本单位本年度无此项收支，故本表为空表。");
                }
                tables.add(t);
                if (has()) {
                    tables.add(dataTable("d" + n));
                }
            }
            if (tables.isEmpty()) {
                tables.add(dataTable("d0"));
            }
            return tables;
        }

        /**
         * A 绩效自评's tables: data tables with, among them, some of its own tables under printed titles (one
         * whose block is absent only with its printed empty-table note); the unlisted ones keep their place.
         */
        private List<Object> evaluationTables(Map<String, Object> r) {
            List<Object> tables = new ArrayList<>();
            int n = 0;
            for (String builtIn : List.of("funds", "management", "goals", "indicators")) {
                Object block = builtIn.equals("indicators") && !r.containsKey("indicators") ? r.get("flat-indicators") : r.get(builtIn);
                boolean hasBlock = block instanceof List<?> list ? !list.isEmpty() : block != null;
                if (has()) {
                    tables.add(dataTable("e" + ++n));
                }
                if (!(hasBlock ? mode == Mode.MAXIMAL || random.nextBoolean() : pick(0.2))) {
                    continue;
                }
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", "b" + ++n);
                t.put("kind", builtIn);
                t.put("title", oneOf(List.of("资金投入情况表", "绩效指标完成情况表", "表（原文所印标题）")));
                put(t, "number", () -> oneOf(List.of("表一", "附表2", "三")));
                put(t, "note", () -> "注：本表由项目单位填写。");
                if (builtIn.equals("funds")) {
                    put(t, "money-unit", () -> oneOf(List.of("元", "万元")));
                }
                if (!hasBlock) {
                    t.put("empty", "本项目无此项内容，故本表为空表。");
                }
                tables.add(t);
            }
            return tables;
        }

        /** A data table: of a catalogue kind, or custom with a header of two rows and merged cells; sums declared, cells blank or not. */
        private Map<String, Object> dataTable(String id) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", id);
            String tableKind = kind.equals("final-accounts")
                    ? oneOf(List.of("general-budget-project", "three-public-meetings", "custom")) : "custom";
            if (!tableKind.equals("custom")) {
                t.put("kind", tableKind);
            }
            t.put("title", oneOf(List.of("一般公共预算财政拨款项目支出决算表", "“三公”经费及会议费、培训费支出决算表", "资金到位情况表")));
            put(t, "number", () -> "公开07表");
            put(t, "money-unit", () -> oneOf(List.of("元", "万元")));
            put(t, "note", () -> "注：本表反映部门本年度的项目支出。");
            if (pick(0.1)) {
                t.put("empty", "本单位本年度无此项支出，故本表为空表。");
                if (tableKind.equals("custom")) {
                    t.put("columns", List.of(Map.of("key", "name", "heading", "项目")));
                }
                return t;
            }
            String label = tableKind.equals("three-public-meetings") ? "item" : "name";
            List<String> figures = switch (tableKind) {
                case "general-budget-project" -> List.of("amount");
                case "three-public-meetings" -> List.of("budget", "actual");
                default -> List.of("total", "basic", "project");
            };
            if (tableKind.equals("custom")) {
                if (has()) {
                    t.put("header", List.of(
                            List.of(Map.of("text", "项目", "rows", 2), Map.of("text", "本年支出", "cols", 3)),
                            List.of("合计", "基本支出", "项目支出")));
                }
                List<Object> columns = new ArrayList<>();
                columns.add(new LinkedHashMap<>(Map.of("key", "name", "heading", "项目")));
                for (String key : figures) {
                    columns.add(new LinkedHashMap<>(Map.of("key", key, "type", "amount", "heading", key)));
                }
                t.put("columns", columns);
                put(t, "line-numbers", () -> oneOf(List.of("columns", "rows", "both")));
                put(t, "sums", () -> List.of(Map.of("column", "total", "of", List.of("basic", "project")),
                        Map.of("row", "合计", "level", 1)));
            }
            List<Object> rows = new ArrayList<>();
            Map<String, Object> total = new LinkedHashMap<>();
            total.put(label, "合计");
            rows.add(total);
            for (int i = count(3); i > 0; i--) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(label, tableKind.equals("three-public-meetings") ? oneOf(List.of("会议费", "培训费", "公务接待费")) : "项目" + i);
                for (String key : figures) {
                    put(row, key, this::amount);
                }
                put(row, "level", () -> 1);
                rows.add(row);
            }
            for (String key : figures) {
                put(total, key, this::amount);
            }
            t.put("rows", rows);
            return t;
        }

        /** The document's parts: text, generated 说明 sections (a 决算's), nested parts, each table placed once. */
        private List<Object> parts(Map<String, Object> r, boolean accounts) {
            List<Object> parts = new ArrayList<>();
            Map<String, Object> overview = new LinkedHashMap<>();
            overview.put("heading", "第一部分 部门概况");
            put(overview, "text", this::text);
            put(overview, "parts", () -> List.of(Map.of("heading", "一、主要职责", "text", "负责医疗保障工作。")));
            parts.add(overview);
            List<Object> ids = new ArrayList<>();
            for (Object table : (List<?>) r.get("tables")) {
                ids.add(((Map<?, ?>) table).get("id"));
            }
            int split = mode == Mode.MAXIMAL ? ids.size() / 2 : random.nextInt(ids.size() + 1);
            parts.add(Map.of("heading", "第二部分 部门决算表", "tables", ids.subList(0, split)));
            if (accounts && has()) {
                List<Object> explanations = new ArrayList<>();
                for (String section : List.of("overview", "income", "general-budget", "three-public", "other")) {
                    if (has()) {
                        explanations.add(Map.of("heading", "（一）" + section, "generated", section));
                    }
                }
                parts.add(Map.of("heading", "第三部分 部门决算情况说明", "parts", explanations));
            }
            parts.add(Map.of("heading", "第四部分 附表", "tables", ids.subList(split, ids.size())));
            if (accounts && has()) {
                parts.add(Map.of("heading", "第五部分 名词解释", "generated", "glossary"));
            }
            return parts;
        }

        private List<Object> list(int max, Supplier<Object> item) {
            List<Object> items = new ArrayList<>();
            for (int n = count(max); n > 0; n--) {
                items.add(item.get());
            }
            return items;
        }

        private List<Object> listAtLeastOne(int max, Supplier<Object> item) {
            List<Object> items = list(max, item);
            if (items.isEmpty()) {
                items.add(item.get());
            }
            return items;
        }
    }

    /** Writes maps, lists and scalars as YAML; every text is double-quoted so that YAML reads it as written. */
    static final class Yaml {

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            block(value, 0, out);
            return out.toString();
        }

        private static void block(Object value, int indent, StringBuilder out) {
            String pad = " ".repeat(indent);
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    out.append(pad).append(k.toString().matches("[a-z-]+") ? k : scalar(k)).append(":");
                    nested(v, indent, out);
                });
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    out.append(pad).append("-");
                    nested(item, indent, out);
                }
            }
        }

        /** A value after "key:" or "-": on the same line when it is a scalar or empty, else indented below. */
        private static void nested(Object v, int indent, StringBuilder out) {
            if (v instanceof Map<?, ?> m && !m.isEmpty() || v instanceof List<?> l && !l.isEmpty()) {
                out.append("\n");
                block(v, indent + 2, out);
            } else {
                out.append(" ").append(v instanceof Map<?, ?> ? "{}" : v instanceof List<?> ? "[]" : scalar(v)).append("\n");
            }
        }

        private static String scalar(Object v) {
            if (v instanceof Number || v instanceof Boolean) {
                return v.toString();
            }
            String s = v.toString();
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
