package org.gongkai.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.gongkai.model.ScoringRule;

/**
 * The score a {@link ScoringRule} gives. Returns null when the rule cannot be applied (no weight, no
 * readable actual figure); the self-score is never replaced, only compared.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Target NOTHING = new Target(null, List.of());

    private Scoring() {
    }

    /**
     * @param rate for execution-rate and steps rules on a funds table: the execution rate in percent, over the
     *     rule's {@code base}
     */
    public static BigDecimal suggest(ScoringRule rule, BigDecimal weight, Target target, Target actual, BigDecimal rate) {
        // A scale check refuses outside 0–6; setScale(2000000000) would not finish before check could say so.
        if (rule == null || weight == null || rule.scale() != null && (rule.scale() < 0 || rule.scale() > 6)) {
            return null;
        }
        target = target == null ? NOTHING : target;
        actual = actual == null ? NOTHING : actual;
        BigDecimal value = rule.value() != null ? number(rule.value()) : first(actual, unitOf(target));
        BigDecimal raw = switch (rule.type()) {
            case THRESHOLD -> {
                Boolean met = rule.value() != null && target.isQuantitative()
                        ? Achievement.of(target, TargetParser.parse(rule.value())) : Achievement.of(target, actual);
                yield met == null ? null : met ? weight : BigDecimal.ZERO;
            }
            case PROPORTIONAL -> {
                BigDecimal goal = rule.target() != null ? number(rule.target()) : first(target, null);
                yield value == null || goal == null || goal.signum() == 0 ? null
                        : weight.multiply(value).divide(goal, 10, RoundingMode.HALF_UP);
            }
            case BANDS -> value == null ? null : bands(rule, weight, value);
            case DEDUCTION -> rule.perCase() == null ? null
                    : weight.subtract(rule.perCase().multiply(rule.cases() == null ? BigDecimal.ZERO : rule.cases()))
                            .max(BigDecimal.ZERO);
            case EXECUTION_RATE -> {
                BigDecimal r = rate != null ? rate : value;
                if (r == null) {
                    yield null;
                }
                yield rule.full() != null && r.compareTo(number(rule.full())) >= 0 ? weight
                        : weight.multiply(r).divide(HUNDRED, 10, RoundingMode.HALF_UP);
            }
            case STEPS -> steps(rule, rate != null ? rate : value);
        };
        if (raw == null) {
            return null;
        }
        if (rule.cap() == null || rule.cap()) {
            raw = raw.min(weight);
        }
        BigDecimal score = raw.setScale(rule.scale() == null ? 2 : rule.scale(), rounding(rule.rounding())).stripTrailingZeros();
        return score.scale() < 0 ? score.setScale(0) : score;
    }

    /** The points of the first step (written from the highest down) whose figure {@code value} reaches; 0 below them all. */
    private static BigDecimal steps(ScoringRule rule, BigDecimal value) {
        if (value == null || rule.steps() == null || rule.steps().isEmpty()) {
            return null;
        }
        for (var step : rule.steps()) {
            BigDecimal from = number(step.from());
            if (from == null || step.score() == null) {
                return null;
            }
            if (value.compareTo(from) >= 0) {
                return step.score();
            }
        }
        return BigDecimal.ZERO;
    }

    /** 满分 at or above {@code full}, 零分 at or below {@code zero}, linear to and from 合格 at {@code pass}. */
    private static BigDecimal bands(ScoringRule rule, BigDecimal weight, BigDecimal value) {
        BigDecimal full = number(rule.full());
        BigDecimal pass = number(rule.pass());
        BigDecimal zero = number(rule.zero());
        BigDecimal passShare = rule.passScore() == null ? BigDecimal.valueOf(60) : rule.passScore();
        if (full == null || pass == null) {
            return null;
        }
        BigDecimal share;
        if (value.compareTo(full) >= 0) {
            share = HUNDRED;
        } else if (zero != null && value.compareTo(zero) <= 0) {
            share = BigDecimal.ZERO;
        } else if (value.compareTo(pass) >= 0) {
            share = passShare.add(HUNDRED.subtract(passShare).multiply(value.subtract(pass))
                    .divide(full.subtract(pass), 10, RoundingMode.HALF_UP));
        } else if (zero == null || pass.compareTo(zero) == 0) {
            share = BigDecimal.ZERO;
        } else {
            share = passShare.subtract(passShare.multiply(pass.subtract(value))
                    .divide(pass.subtract(zero), 10, RoundingMode.HALF_UP));
        }
        return weight.multiply(share).divide(HUNDRED, 10, RoundingMode.HALF_UP);
    }

    private static String unitOf(Target target) {
        return target.measures().stream().filter(Measure::isFigure).map(Measure::unit).findFirst().orElse(null);
    }

    /** The first figure of {@code target}, of {@code unit} when one is given; days and timeliness are no figures. */
    private static BigDecimal first(Target target, String unit) {
        return target.measures().stream().filter(Measure::isFigure).filter(m -> unit == null || m.unit().equals(unit))
                .map(Measure::value).findFirst().orElse(null);
    }

    private static BigDecimal number(String text) {
        return first(TargetParser.parse(text), null);
    }

    private static RoundingMode rounding(String name) {
        if (name == null) {
            return RoundingMode.HALF_UP;
        }
        return switch (name) {
            case "down" -> RoundingMode.DOWN;
            case "up" -> RoundingMode.UP;
            default -> RoundingMode.HALF_UP;
        };
    }

    public static boolean isKnownRounding(String name) {
        return name == null || List.of("half-up", "down", "up").contains(name);
    }
}
