package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.derive.Scoring;
import org.gongkai.derive.Target;
import org.gongkai.derive.TargetParser;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Numbers;
import org.gongkai.model.RuleType;
import org.gongkai.model.ScoringRule;

/**
 * A scoring rule whose parameters cannot give a score would be silently skipped (no suggested score,
 * no warning), so every parameter is checked: figures that are figures ("90%", "2次"), in the order the
 * rule needs (bands: full above pass, pass not below zero), only the parameters its type uses, and
 * the required ones written.
 */
final class ScoringRuleChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals a suggested score may have; as many as the site's percentages may. */
    private static final int MAX_SCALE = 6;
    private static final Set<String> COMMON = Set.of("type", "scale", "rounding", "cap");

    private ScoringRuleChecks() {
    }

    /** The parameters each type reads, besides {@link #COMMON}. */
    private static Set<String> parameters(RuleType type) {
        return switch (type) {
            case THRESHOLD -> Set.of("value");
            case PROPORTIONAL -> Set.of("target", "value");
            case BANDS -> Set.of("full", "pass", "zero", "pass-score", "value");
            case DEDUCTION -> Set.of("per-case", "cases");
            case EXECUTION_RATE -> Set.of("full", "value", "base");
            case STEPS -> Set.of("steps", "value", "base");
        };
    }

    /** @param path the field path of what the rule is on ("funds", "indicators[0].subgroups[1].items[2]") */
    static void check(ScoringRule rule, String path, List<Diagnostic> findings) {
        if (rule == null || rule.type() == null) {
            return;
        }
        String at = path + ".rule.";
        Map<String, Object> written = written(rule);
        Set<String> used = parameters(rule.type());
        written.keySet().stream().filter(key -> !COMMON.contains(key) && !used.contains(key)).forEach(key ->
                findings.add(Diagnostic.error("rule.parameter", rule.origin().keyOf(key), at + key,
                        "评分规则 " + rule.type().label() + " 不使用“" + key + "”，它不会起作用：" + rule.type().label()
                                + " 可写 " + String.join("、", sorted(used)) + "，以及 scale、rounding、cap")));
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String key : List.of("full", "pass", "zero", "target", "value")) {
            if (written.get(key) instanceof String text && used.contains(key)) {
                BigDecimal figure = figure(text);
                if (figure == null) {
                    findings.add(Diagnostic.error("rule.parameter", rule.origin().of(key), at + key,
                            "评分规则的“" + key + "”应为一个数值（如 90%、2次、0.5），实际为“" + text + "”"));
                } else {
                    figures.put(key, figure);
                }
            }
        }
        if (rule.base() != null && used.contains("base") && !List.of("budget", "initial").contains(rule.base())) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("base"), at + "base",
                    "评分规则的“base”（执行率的分母）应为 budget（全年预算数/调整后预算数）或 initial（年初预算数），实际为“"
                            + rule.base() + "”"));
        }
        switch (rule.type()) {
            case STEPS -> steps(rule, at, findings);
            case BANDS -> bands(rule, figures, at, findings);
            case DEDUCTION -> deduction(rule, at, findings);
            case PROPORTIONAL -> {
                if (figures.containsKey("target") && figures.get("target").signum() == 0) {
                    findings.add(Diagnostic.error("rule.parameter", rule.origin().of("target"), at + "target",
                            "评分规则的“target”（目标值）不能为 0：得分按 实际值 ÷ 目标值 计算"));
                }
            }
            default -> {
            }
        }
        if (rule.scale() != null && (rule.scale() < 0 || rule.scale() > MAX_SCALE)) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("scale"), at + "scale",
                    "评分规则的“scale”（得分保留的小数位）应为 0 到 " + MAX_SCALE + " 之间的整数，实际为 " + rule.scale()));
        }
        if (!Scoring.isKnownRounding(rule.rounding())) {
            findings.add(Diagnostic.error("schema.enum", rule.origin().of("rounding"), at + "rounding",
                    "应为以下之一：half-up、down、up，实际为“" + rule.rounding() + "”"));
        }
    }

    private static void bands(ScoringRule rule, Map<String, BigDecimal> figures, String at, List<Diagnostic> findings) {
        Map<String, String> needed = new LinkedHashMap<>();
        needed.put("full", rule.full());
        needed.put("pass", rule.pass());
        needed.forEach((key, text) -> {
            if (text == null) {
                findings.add(Diagnostic.error("rule.parameter", rule.origin().at(), at + key,
                        "bands 评分规则应写明“full”（满分线）和“pass”（合格线），缺少“" + key + "”"));
            }
        });
        BigDecimal full = figures.get("full");
        BigDecimal pass = figures.get("pass");
        BigDecimal zero = figures.get("zero");
        if (full != null && pass != null && full.compareTo(pass) <= 0) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("pass"), at + "pass",
                    "bands 评分规则的合格线应低于满分线：full 为 " + full.toPlainString() + "，pass 为 " + pass.toPlainString()));
        }
        if (pass != null && zero != null && zero.compareTo(pass) > 0) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("zero"), at + "zero",
                    "bands 评分规则的零分线应不高于合格线：pass 为 " + pass.toPlainString() + "，zero 为 " + zero.toPlainString()));
        }
        if (rule.passScore() != null && rule.passScore().compareTo(HUNDRED) > 0) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("pass-score"), at + "pass-score",
                    "评分规则的“pass-score”（合格线所得分值的百分比）应在 0 到 100 之间，实际为 " + Numbers.score(rule.passScore())));
        }
    }

    /** Steps are written from the highest figure down, as 评分标准 print them; each from a figure. */
    private static void steps(ScoringRule rule, String at, List<Diagnostic> findings) {
        if (rule.steps() == null || rule.steps().isEmpty()) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().at(), at + "steps",
                    "steps 评分规则应写明“steps”（各档：from 达到的数值，score 所得分数），如 - { from: 99%, score: 9 }"));
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < rule.steps().size(); i++) {
            var step = rule.steps().get(i);
            BigDecimal from = step.from() == null ? null : figure(step.from());
            if (step.from() != null && from == null) {
                findings.add(Diagnostic.error("rule.parameter", step.origin().of("from"), at + "steps[" + i + "].from",
                        "评分规则各档的“from”应为一个数值（如 99%、95%），实际为“" + step.from() + "”"));
            } else if (from != null && previous != null && from.compareTo(previous) >= 0) {
                findings.add(Diagnostic.error("rule.parameter", step.origin().of("from"), at + "steps[" + i + "].from",
                        "评分规则的各档应从高到低写：这一档从 " + from.toPlainString() + " 起，不低于上一档的 "
                                + previous.toPlainString()));
            }
            previous = from == null ? previous : from;
        }
    }

    private static void deduction(ScoringRule rule, String at, List<Diagnostic> findings) {
        if (rule.perCase() == null) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().at(), at + "per-case",
                    "deduction 评分规则应写明“per-case”（每例扣分）"));
        }
        if (rule.cases() != null && rule.cases().stripTrailingZeros().scale() > 0) {
            findings.add(Diagnostic.error("rule.parameter", rule.origin().of("cases"), at + "cases",
                    "评分规则的“cases”（发现的例数）应为整数，实际为 " + rule.cases().toPlainString()));
        }
    }

    /** The rule's parameters that are written, by YAML key. */
    private static Map<String, Object> written(ScoringRule rule) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("full", rule.full());
        written.put("pass", rule.pass());
        written.put("zero", rule.zero());
        written.put("pass-score", rule.passScore());
        written.put("target", rule.target());
        written.put("value", rule.value());
        written.put("per-case", rule.perCase());
        written.put("cases", rule.cases());
        written.put("scale", rule.scale());
        written.put("rounding", rule.rounding());
        written.put("cap", rule.cap());
        written.put("base", rule.base());
        written.put("steps", rule.steps() == null || rule.steps().isEmpty() ? null : rule.steps());
        written.values().removeIf(java.util.Objects::isNull);
        return written;
    }

    private static BigDecimal figure(String text) {
        Target parsed = TargetParser.parse(text);
        return parsed.isQuantitative() ? parsed.measures().get(0).value() : null;
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
