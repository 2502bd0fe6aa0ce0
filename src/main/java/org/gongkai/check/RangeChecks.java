package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.load.RecordShape;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Evaluation;
import org.gongkai.model.Funds;
import org.gongkai.model.ManagementItem;
import org.gongkai.model.Numbers;
import org.gongkai.model.Origin;
import org.gongkai.model.Position;
import org.gongkai.model.Report;

/** Values no document can have: negative amounts, weights or scores, and scores above their weight. */
final class RangeChecks {

    private RangeChecks() {
    }

    /** Negative numbers in site.yaml and unit.yaml (grade band minimums, head counts). */
    static void check(org.gongkai.model.Site site, List<org.gongkai.model.Unit> units, List<Diagnostic> findings) {
        negatives(site, site.origin(), "", findings);
        units.forEach(unit -> negatives(unit, unit.origin(), "", findings));
    }

    static void check(Report report, List<Diagnostic> findings) {
        negatives(report, report.origin(), "", findings);
        if (report instanceof Evaluation evaluation) {
            Funds funds = evaluation.funds();
            if (funds != null) {
                aboveWeight(funds.score(), funds.weight(), funds.origin(), "funds.score", findings);
            }
            if (evaluation.management() != null) {
                List<ManagementItem> items = evaluation.management().items();
                for (int i = 0; i < items.size(); i++) {
                    aboveWeight(items.get(i).score(), items.get(i).weight(), items.get(i).origin(),
                            "management.items[" + i + "].score", findings);
                }
            }
            Paths.forEachIndicator(evaluation, (indicator, path) -> {
                aboveWeight(indicator.score(), indicator.weight(), indicator.origin(), path + ".score", findings);
                if (indicator.reviewScore() != null) {
                    aboveWeight(indicator.reviewScore(), indicator.weight(), indicator.origin(), path + ".review-score",
                            findings);
                }
            });
        }
    }

    private static void aboveWeight(BigDecimal score, BigDecimal weight, Origin origin, String path,
            List<Diagnostic> findings) {
        if (score != null && weight != null && score.compareTo(weight) > 0) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            findings.add(Diagnostic.error("score.above-weight", origin.of(key), path,
                    "得分应在 0 到分值 " + Numbers.score(weight) + " 之间，实际为 " + Numbers.score(score)));
        }
    }

    /** Walks the report's records; every number in a disclosure is an amount, a count, a weight or a score. */
    private static void negatives(Object node, Origin origin, String path, List<Diagnostic> findings) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                negatives(list.get(i), origin, path + "[" + i + "]", findings);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> negatives(value, origin, path + "." + key, findings));
            return;
        }
        if (node == null || !node.getClass().isRecord()) {
            return;
        }
        Origin own = originOf(node, origin);
        for (RecordShape.Component component : RecordShape.of(node.getClass()).components()) {
            if (component.fromPath() || component.origin()) {
                continue;
            }
            Object value = component.valueOf(node);
            if (component.inline()) {
                negatives(value, own, path, findings);
                continue;
            }
            String key = component.key();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (value instanceof BigDecimal number && number.signum() < 0) {
                Position at = own == null ? Position.ofFile("") : own.of(key);
                findings.add(Diagnostic.error("range.negative", at, childPath,
                        "不能为负数：应为 0 或正数，实际为 " + number.toPlainString()));
            } else if (value instanceof List<?> || value instanceof Map<?, ?>
                    || value != null && value.getClass().isRecord()) {
                negatives(value, own, childPath, findings);
            }
        }
    }

    private static Origin originOf(Object record, Origin fallback) {
        for (RecordShape.Component component : RecordShape.of(record.getClass()).components()) {
            if (component.origin()) {
                Origin origin = (Origin) component.valueOf(record);
                return origin == null ? fallback : origin;
            }
        }
        return fallback;
    }

}
